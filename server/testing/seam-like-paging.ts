// Test support: an HTTP layer in front of the fake that pages /events/list the way Seam does.
// The fake ignores `limit` and returns everything; Seam returns at most `limit` (default 500)
// events per call and pages with `unstable_offset` (see @seamapi/types' OpenAPI spec).
import http from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedCall {
  path: string
  method: string
  body: Record<string, unknown>
  /** Events returned, for /events/list. */
  returned: number
}

export interface PagingLayerOptions {
  target: string
  /** Seam's default page size. */
  defaultLimit?: number
  /** Serve newest first instead of the fake's insertion order, to prove order does not matter. */
  newestFirst?: boolean
  /** Seam's own cap: a `limit` above it is quietly served as this many (a short page that is not the last). */
  maxLimit?: number
  /** Listen on this port (to come back where a stopped layer was); 0 or absent picks a free one. */
  port?: number
  /** A hostile or broken upstream: rewrite the fake's /events/list answer before paging it. */
  rewriteEvents?: (events: unknown[]) => unknown[]
}

export interface PagingLayer {
  url: string
  calls: RecordedCall[]
  /**
   * The next `count` requests to `path` answer `status` with these headers; the first `skip`
   * requests to `path` are answered normally before that (skip 1 fails the second page).
   */
  failNext(
    path: string,
    status: number,
    count?: number,
    headers?: Record<string, string>,
    skip?: number,
  ): void
  /** The next `count` requests to `path` (after `skip` normal ones) wait `delayMs` (a slow Seam). */
  delayNext(path: string, delayMs: number, count?: number, skip?: number): void
  close(): Promise<void>
}

async function readBody(request: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8')
}

export async function startPagingLayer(options: PagingLayerOptions): Promise<PagingLayer> {
  const calls: RecordedCall[] = []
  const failures: {
    path: string
    status: number
    skip: number
    remaining: number
    headers: Record<string, string>
  }[] = []
  const delays: { path: string; delayMs: number; skip: number; remaining: number }[] = []
  /** The fault for this request, if one is armed; requests it lets pass count down its skip. */
  const due = <T extends { path: string; skip: number; remaining: number }>(
    faults: T[],
    path: string,
  ): T | undefined => {
    const fault = faults.find((entry) => entry.path === path && entry.remaining > 0)
    if (fault === undefined) return undefined
    if (fault.skip > 0) {
      fault.skip -= 1
      return undefined
    }
    fault.remaining -= 1
    return fault
  }
  const server = http.createServer((request, response) => {
    void (async () => {
      const text = await readBody(request)
      const url = new URL(request.url ?? '/', 'http://layer')
      let body: Record<string, unknown> = {}
      try {
        body =
          text === ''
            ? Object.fromEntries(url.searchParams)
            : (JSON.parse(text) as Record<string, unknown>)
      } catch {
        body = {}
      }
      const call: RecordedCall = {
        path: url.pathname,
        method: request.method ?? 'GET',
        body,
        returned: 0,
      }
      calls.push(call)
      const delay = due(delays, url.pathname)
      if (delay !== undefined) {
        await new Promise((resolve) => setTimeout(resolve, delay.delayMs))
        // The client gave up (timeout): nobody is left to answer.
        if (response.destroyed || request.socket.destroyed) return
      }
      const failure = due(failures, url.pathname)
      if (failure !== undefined) {
        response.writeHead(failure.status, {
          'content-type': 'application/json',
          ...failure.headers,
        })
        response.end(JSON.stringify({ error: { type: 'simulated', message: 'simulated failure' } }))
        return
      }
      const isEventsList = url.pathname === '/events/list'
      const { limit, unstable_offset: offset, ...forwarded } = body
      const upstream = await fetch(new URL(url.pathname, options.target), {
        method: request.method ?? 'GET',
        headers: {
          authorization: request.headers.authorization ?? '',
          'content-type': 'application/json',
        },
        ...(request.method === 'GET' || request.method === 'HEAD'
          ? {}
          : { body: JSON.stringify(isEventsList ? forwarded : body) }),
      })
      const upstreamText = await upstream.text()
      if (!isEventsList || !upstream.ok) {
        response.writeHead(upstream.status, { 'content-type': 'application/json' })
        response.end(upstreamText)
        return
      }
      const payload = JSON.parse(upstreamText) as { events: unknown[] }
      const events = options.rewriteEvents?.(payload.events) ?? payload.events
      const ordered = options.newestFirst ? [...events].reverse() : events
      const asked = typeof limit === 'number' ? limit : (options.defaultLimit ?? 500)
      const pageSize = Math.min(asked, options.maxLimit ?? Infinity)
      const start = typeof offset === 'number' ? offset : 0
      const page = ordered.slice(start, start + pageSize)
      call.returned = page.length
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ ...payload, events: page }))
    })()
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext(path, status, count = 1, headers = {}, skip = 0) {
      failures.push({ path, status, skip, remaining: count, headers })
    },
    delayNext(path, delayMs, count = 1, skip = 0) {
      delays.push({ path, delayMs, skip, remaining: count })
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
