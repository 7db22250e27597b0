// The proxy's figures: bytes of an idle poll, and upstream calls per interval with 50 polling browsers.
import { mkdtempSync, rmSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp } from '../server/app'
import { openDatabase } from '../server/store/open-database'
import { readConfig } from '../server/config'
import type { UpstreamClient } from '../server/upstream/seam-upstream'
import type { LargeFleet } from '../server/embedded/large-fleet'

export interface ServerFigures {
  /** Status line, headers and body of `/api/event_log?after=<cursor>` with nothing new. */
  readonly pollIdleBytes: number
  readonly pollIdleBodyBytes: number
  /** Upstream events calls per poll interval while 50 clients poll, averaged over the run. */
  readonly upstreamCallsPerInterval: number
  readonly clientRequests: number
  readonly intervals: number
}

const POLL_INTERVAL_MS = 500
const CLIENTS = 50
const INTERVALS = 10
const CLIENT_POLL_MS = 100

interface RawResponse {
  readonly bytes: number
  readonly body: string
}

/** One GET, counting what came over the socket: status line, headers and body. */
function get(url: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => {
        const body = Buffer.concat(chunks)
        const head =
          `HTTP/${response.httpVersion} ${response.statusCode} ${response.statusMessage}\r\n` +
          response.rawHeaders.reduce(
            (text, value, index) => text + (index % 2 === 0 ? `${value}: ` : `${value}\r\n`),
            '',
          ) +
          '\r\n'
        resolve({ bytes: Buffer.byteLength(head) + body.length, body: body.toString('utf8') })
      })
    })
    request.on('error', reject)
  })
}

/**
 * The real proxy (buildApp, real HTTP) in front of an upstream that counts its calls and serves
 * the fleet's events once, then a few new ones per call, as a live Seam would.
 */
export async function measureServer(
  fleet: LargeFleet,
  historyCount: number,
): Promise<ServerFigures> {
  const history = fleet.events.slice(0, historyCount)
  const live = fleet.events.slice(historyCount)
  let eventCalls = 0
  let liveAt = 0
  const upstream: UpstreamClient = {
    listEvents: () => {
      eventCalls++
      if (eventCalls === 1) return Promise.resolve([...history])
      const next = live.slice(liveAt, liveAt + 2)
      liveAt += next.length
      return Promise.resolve(next)
    },
    listDevices: () => Promise.resolve([...fleet.devices]),
    listConnectedAccounts: () => Promise.resolve([...fleet.accounts]),
  }
  const dataDir = mkdtempSync(path.join(tmpdir(), 'doorboard-bench-'))
  const config = readConfig(
    {
      SEAM_API_KEY: 'seam_bench_key_not_real',
      SEAM_ENDPOINT: 'http://127.0.0.1:9',
      POLL_INTERVAL_MS: String(POLL_INTERVAL_MS),
      UPSTREAM_PAGE_LIMIT: '10000',
      DATA_DIR: dataDir,
      // Fifty tabs on one address would trip the per-client limit meant for the open internet.
      API_RATE_LIMIT: '1000000',
      LOG_LEVEL: 'silent',
    },
    path.join(dataDir, 'no-spa'),
  )
  const database = await openDatabase({ dataDir })
  const proxy = await buildApp(config, {
    upstream,
    upstreamKind: 'seam',
    upstreamIdentity: 'bench',
    database,
    secrets: ['seam_bench_key_not_real'],
  })
  try {
    await proxy.app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = proxy.app.server.address() as AddressInfo
    const base = `http://127.0.0.1:${port}/api/event_log`
    await waitFor(() => proxy.store.size >= historyCount, 60_000)

    // Idle poll: stop the poller so nothing new arrives between the two requests.
    await proxy.poller.stop()
    const all = JSON.parse((await get(base)).body) as { cursor: string }
    const idle = await get(`${base}?after=${encodeURIComponent(all.cursor)}`)
    const idleBody = JSON.parse(idle.body) as { events: unknown[] }
    if (idleBody.events.length !== 0) throw new Error('the idle poll was not idle')

    // Fifty clients, each polling every 100 ms from its own cursor, over ten poll intervals.
    proxy.poller.start()
    await sleep(POLL_INTERVAL_MS)
    const callsBefore = eventCalls
    const started = performance.now()
    let requests = 0
    let running = true
    const clients = Array.from({ length: CLIENTS }, async () => {
      let cursor = all.cursor
      while (running) {
        const page = JSON.parse(
          (await get(`${base}?after=${encodeURIComponent(cursor)}`)).body,
        ) as {
          cursor: string
        }
        cursor = page.cursor
        requests++
        await sleep(CLIENT_POLL_MS)
      }
    })
    await sleep(INTERVALS * POLL_INTERVAL_MS)
    running = false
    await Promise.all(clients)
    const intervals = (performance.now() - started) / POLL_INTERVAL_MS
    return {
      pollIdleBytes: idle.bytes,
      pollIdleBodyBytes: Buffer.byteLength(idle.body),
      upstreamCallsPerInterval: (eventCalls - callsBefore) / intervals,
      clientRequests: requests,
      intervals,
    }
  } finally {
    await proxy.app.close()
    await database.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}

async function waitFor(test: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!test()) {
    if (Date.now() > deadline) throw new Error('the proxy did not take in the fleet in time')
    await sleep(50)
  }
}
