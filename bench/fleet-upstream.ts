// A Seam-like HTTP upstream serving a generated fleet, paging as Seam does and counting every call.
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LargeFleet } from '../server/embedded/large-fleet'

/** Seam serves at most this many events per /events/list call, whatever `limit` asks. */
export const EVENTS_PAGE_CAP = 500
/** Seam's default `limit` for /devices/list; /connected_accounts/list defaults to 11,000. */
const DEVICES_DEFAULT_LIMIT = 500
const ACCOUNTS_DEFAULT_LIMIT = 11_000

export interface UpstreamCall {
  readonly path: string
  /** performance.now() when the request arrived. */
  readonly at: number
  /** /events/list: since, limit, unstable_offset; lists: limit and page_cursor, as sent. */
  readonly body: Record<string, unknown>
  /** Items served (events, devices or accounts). */
  readonly returned: number
  readonly status: number
}

export interface FleetUpstream {
  readonly url: string
  readonly apiKey: string
  /** Every call so far, in order of arrival. */
  readonly calls: readonly UpstreamCall[]
  close(): Promise<void>
}

interface ServedList {
  /** Each item serialized once: the bench measures the proxy, not this server. */
  readonly json: readonly string[]
  readonly createdAt: readonly number[]
}

function serialize(items: readonly Record<string, unknown>[]): ServedList {
  return {
    json: items.map((item) => JSON.stringify(item)),
    createdAt: items.map((item) => Date.parse(String(item.created_at))),
  }
}

async function readJsonBody(request: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  const query = Object.fromEntries(new URL(request.url ?? '/', 'http://upstream').searchParams)
  if (text.trim() === '') return query
  try {
    return { ...query, ...(JSON.parse(text) as Record<string, unknown>) }
  } catch {
    return query
  }
}

const encodeCursor = (offset: number) => Buffer.from(String(offset)).toString('base64')
const decodeCursor = (cursor: unknown) =>
  typeof cursor === 'string' ? Number(Buffer.from(cursor, 'base64').toString('utf8')) || 0 : 0

/**
 * Serves `events` newest first with `since` strict (created_at > since), `limit` capped at 500
 * and `unstable_offset`; devices and connected accounts in cursor pages (`page_cursor`,
 * `pagination.next_page_cursor`) as Seam's list endpoints do. Requires the bearer `apiKey`.
 */
export async function startFleetUpstream(
  fleet: Pick<LargeFleet, 'devices' | 'accounts'>,
  events: readonly Record<string, unknown>[],
  apiKey: string,
): Promise<FleetUpstream> {
  // Newest first, as Seam lists events; the generated history is oldest first.
  const newestFirst = serialize([...events].reverse())
  const devices = serialize(fleet.devices as unknown as Record<string, unknown>[])
  const accounts = serialize(fleet.accounts as unknown as Record<string, unknown>[])
  const calls: UpstreamCall[] = []

  /** How many events (newest first) are strictly newer than `since`: a binary search. */
  const countNewerThan = (since: number) => {
    let low = 0
    let high = newestFirst.createdAt.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((newestFirst.createdAt[middle] as number) > since) low = middle + 1
      else high = middle
    }
    return low
  }

  const answer = (
    response: http.ServerResponse,
    status: number,
    body: string,
    call: Omit<UpstreamCall, 'status'>,
  ) => {
    calls.push({ ...call, status })
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(body)
  }
  const error = (type: string, message: string) =>
    JSON.stringify({ error: { type, message }, ok: false })

  const listPage = (
    list: ServedList,
    key: string,
    body: Record<string, unknown>,
    fallback: number,
  ) => {
    const limit = typeof body.limit === 'number' && body.limit > 0 ? body.limit : fallback
    const offset = decodeCursor(body.page_cursor)
    const page = list.json.slice(offset, offset + limit)
    const next = offset + page.length
    const hasNext = next < list.json.length
    const pagination = {
      has_next_page: hasNext,
      next_page_cursor: hasNext ? encodeCursor(next) : null,
      next_page_url: null,
    }
    return {
      count: page.length,
      text: `{"${key}":[${page.join(',')}],"pagination":${JSON.stringify(pagination)},"ok":true}`,
    }
  }

  const server = http.createServer((request, response) => {
    void (async () => {
      const at = performance.now()
      const path = new URL(request.url ?? '/', 'http://upstream').pathname
      const body = await readJsonBody(request)
      const call = { path, at, body, returned: 0 }
      if (request.headers.authorization !== `Bearer ${apiKey}`) {
        answer(response, 401, error('unauthorized', 'Unauthorized'), call)
        return
      }
      switch (path) {
        case '/events/list': {
          const since = typeof body.since === 'string' ? Date.parse(body.since) : Number.NaN
          if (Number.isNaN(since)) {
            answer(
              response,
              400,
              error('invalid_input', 'You must include since or between.'),
              call,
            )
            return
          }
          const asked = typeof body.limit === 'number' && body.limit > 0 ? body.limit : 500
          const limit = Math.min(asked, EVENTS_PAGE_CAP)
          const offset = typeof body.unstable_offset === 'number' ? body.unstable_offset : 0
          const end = countNewerThan(since)
          const page = newestFirst.json.slice(Math.min(offset, end), Math.min(offset + limit, end))
          answer(response, 200, `{"events":[${page.join(',')}],"ok":true}`, {
            ...call,
            returned: page.length,
          })
          return
        }
        case '/devices/list': {
          const page = listPage(devices, 'devices', body, DEVICES_DEFAULT_LIMIT)
          answer(response, 200, page.text, { ...call, returned: page.count })
          return
        }
        case '/connected_accounts/list': {
          const page = listPage(accounts, 'connected_accounts', body, ACCOUNTS_DEFAULT_LIMIT)
          answer(response, 200, page.text, { ...call, returned: page.count })
          return
        }
        default:
          answer(response, 404, error('not_found', `${path} is not served here.`), call)
      }
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    apiKey,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
