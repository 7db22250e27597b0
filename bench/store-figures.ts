// The store's figures end to end: cold ingest, warm restart, its upstream calls, size on disk, RSS.
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import pg from 'pg'
import type { LargeFleet } from '../server/embedded/large-fleet'
import { startFleetUpstream, type FleetUpstream, type UpstreamCall } from './fleet-upstream'
import { startProxyProcess, type ProxyProcess } from './proxy-process'

export type BenchEngine = 'pglite' | 'postgres'

export interface StoreFigures {
  readonly engine: BenchEngine
  readonly events: number
  readonly devices: number
  /** Spawn of the process on an empty store → `/api/event_log` answered with every event. */
  readonly coldIngestS: number
  /** The same, from the line saying the server runs. */
  readonly coldIngestFromRunningS: number
  readonly coldSpawnToRunningS: number
  readonly coldEventCalls: number
  /** Spawn → the last /events/list call of the first poll: what is left after it is writing and serving. */
  readonly coldPagesReadS: number
  /** VmHWM of the proxy at the end of the cold ingest. */
  readonly rssPeakMb: number
  /** SIGTERM → the new process answered `/api/event_log` with every event and `/api/devices` with every device. */
  readonly warmRestartS: number
  readonly warmShutdownS: number
  readonly warmSpawnToRunningS: number
  readonly warmRunningToServedS: number
  /** /events/list calls from the new process until it had served in full, and in its first poll. */
  readonly warmEventCallsUntilServed: number
  readonly warmEventCallsFirstPoll: number
  /** Every upstream call of the new process until health showed its first poll done, by path. */
  readonly warmCallsByPath: Record<string, number>
  readonly coldCallsByPath: Record<string, number>
  readonly rssAfterRestartMb: number
  readonly rssPeakWarmMb: number
  /** PGlite: `du` of DATA_DIR/pglite; PostgreSQL: pg_total_relation_size of its tables. */
  readonly dbSizeMb: number
}

export interface StoreBenchOptions {
  /** An existing PostgreSQL database to create the bench's own database from (postgres only). */
  adminUrl: string
  /** Writes the proxies' CPU profiles here (`--cpu-prof`) when set. */
  cpuProfileDir?: string | undefined
}

const API_KEY = 'seam_bench_key'

interface StoreUnderTest {
  environment: Record<string, string>
  sizeMb(): Promise<number>
  drop(): Promise<void>
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.end()
  }
}

/**
 * An empty store. PostgreSQL gets a database of its own, not a schema: a server started with
 * `?options=-c search_path=…` keeps drizzle's migration journal in the shared `drizzle` schema,
 * finds the migrations applied there and never creates its tables in the new schema.
 */
async function emptyStore(engine: BenchEngine, adminUrl: string): Promise<StoreUnderTest> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `doorboard-bench-${engine}-`))
  if (engine === 'pglite') {
    return {
      environment: { DATA_DIR: dataDir },
      sizeMb: () => {
        const kb = execFileSync('du', ['-sk', path.join(dataDir, 'pglite')], { encoding: 'utf8' })
        return Promise.resolve(Number(kb.split('\t')[0]) / 1024)
      },
      drop: () => Promise.resolve(rmSync(dataDir, { recursive: true, force: true })),
    }
  }
  const name = `doorboard_bench_${process.pid}_${randomBytes(3).toString('hex')}`
  await withClient(adminUrl, (client) => client.query(`CREATE DATABASE "${name}"`))
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  return {
    environment: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    sizeMb: () =>
      withClient(databaseUrl, async (client) => {
        const result = await client.query<{ bytes: string }>(
          `select coalesce(sum(pg_total_relation_size(c.oid)), 0)::text as bytes
           from pg_class c join pg_namespace n on n.oid = c.relnamespace
           where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')`,
        )
        return Number(result.rows[0]?.bytes ?? 0) / 1024 / 1024
      }),
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true })
      await withClient(adminUrl, (client) =>
        client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`),
      )
    },
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

interface Health {
  event_count: number
  device_count: number
  last_success_at: string | null
}

async function waitForHealth(
  url: string,
  done: (health: Health) => boolean,
  what: string,
  timeoutMs = 300_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = ''
  while (Date.now() < deadline) {
    const response = await fetch(`${url}/api/health`)
    last = await response.text()
    if (response.ok && done(JSON.parse(last) as Health)) return
    await sleep(50)
  }
  throw new Error(`The proxy did not reach ${what} in ${timeoutMs / 1000} s; health: ${last}`)
}

/** One GET of a whole list; `at` when its body had arrived, before this process parses it. */
async function fetchList(url: string, key: string): Promise<{ count: number; at: number }> {
  const response = await fetch(url)
  const text = await response.text()
  const at = performance.now()
  if (!response.ok) throw new Error(`${url} answered ${response.status}: ${text.slice(0, 200)}`)
  const list = (JSON.parse(text) as Record<string, unknown>)[key]
  return { count: Array.isArray(list) ? list.length : -1, at }
}

const countByPath = (calls: readonly UpstreamCall[]) =>
  calls.reduce<Record<string, number>>((counts, call) => {
    counts[call.path] = (counts[call.path] ?? 0) + 1
    return counts
  }, {})

const eventCalls = (calls: readonly UpstreamCall[]) =>
  calls.filter((call) => call.path === '/events/list').length

/**
 * The /events/list calls of a process's first poll: a poll starts at offset 0 and pages on with
 * `unstable_offset`, so the next call without an offset is the next poll.
 */
function firstPollCalls(calls: readonly UpstreamCall[]): UpstreamCall[] {
  const events = calls.filter((call) => call.path === '/events/list')
  const next = events.findIndex(
    (call, index) => index > 0 && !(Number(call.body.unstable_offset) > 0),
  )
  return next === -1 ? events : events.slice(0, next)
}

function start(
  upstream: FleetUpstream,
  store: StoreUnderTest,
  options: StoreBenchOptions,
  name: string,
): ProxyProcess {
  // One folder per process: tsx's loader thread writes a profile of its own beside the main one.
  const profile =
    options.cpuProfileDir === undefined
      ? []
      : ['--cpu-prof', `--cpu-prof-dir=${path.join(options.cpuProfileDir, name)}`]
  return startProxyProcess(
    {
      ...store.environment,
      SEAM_API_KEY: upstream.apiKey,
      SEAM_ENDPOINT: upstream.url,
      POLL_INTERVAL_MS: '1000',
      LOG_LEVEL: 'warn',
      RETENTION_HOURS: '168',
      MAX_EVENTS: '250000',
      API_RATE_LIMIT: '1000000',
      // No SPA: the figures are the API's.
      BUILD_DIR: path.join(tmpdir(), 'doorboard-bench-no-spa'),
    },
    profile,
  )
}

/**
 * Runs the proxy against a Seam-like upstream holding `events` and the fleet's devices: first on
 * an empty store until every event and device is served, then stopped and started again on the
 * same store until it serves them all once more.
 */
export async function measureStore(
  engine: BenchEngine,
  fleet: Pick<LargeFleet, 'devices' | 'accounts'>,
  events: readonly Record<string, unknown>[],
  options: StoreBenchOptions,
): Promise<StoreFigures> {
  const expected = { events: events.length, devices: fleet.devices.length }
  const upstream = await startFleetUpstream(fleet, events, API_KEY)
  const store = await emptyStore(engine, options.adminUrl)
  const proxies: ProxyProcess[] = []
  try {
    const cold = start(upstream, store, options, `${engine}-cold`)
    proxies.push(cold)
    const coldRunning = await cold.running
    await waitForHealth(coldRunning.url, (h) => h.event_count >= expected.events, 'every event')
    const coldServed = await fetchList(`${coldRunning.url}/api/event_log`, 'events')
    if (coldServed.count !== expected.events) {
      throw new Error(`Cold ingest served ${coldServed.count} of ${expected.events} events.`)
    }
    // The device list must be stored too before the restart that is to serve it.
    await waitForHealth(coldRunning.url, (h) => h.device_count >= expected.devices, 'the devices')
    const rssPeakMb = cold.memory().peakMb
    const coldCalls = [...upstream.calls]

    const callsBefore = upstream.calls.length
    const stoppedAt = performance.now()
    await cold.stop()
    const exitedAt = performance.now()
    const dbSizeMb = await store.sizeMb()
    const warm = start(upstream, store, options, `${engine}-warm`)
    proxies.push(warm)
    const warmRunning = await warm.running
    await waitForHealth(
      warmRunning.url,
      (h) => h.event_count >= expected.events && h.device_count >= expected.devices,
      'every event and device after the restart',
    )
    const [warmEvents, warmDevices] = await Promise.all([
      fetchList(`${warmRunning.url}/api/event_log`, 'events'),
      fetchList(`${warmRunning.url}/api/devices`, 'devices'),
    ])
    const servedAt = Math.max(warmEvents.at, warmDevices.at)
    const rssAfterRestartMb = warm.memory().rssMb
    if (warmEvents.count !== expected.events || warmDevices.count !== expected.devices) {
      throw new Error(
        `After the restart: ${warmEvents.count} of ${expected.events} events, ${warmDevices.count} of ${expected.devices} devices.`,
      )
    }
    const untilServed = upstream.calls.slice(callsBefore).filter((call) => call.at <= servedAt)
    await waitForHealth(warmRunning.url, (h) => h.last_success_at !== null, 'its first poll')
    const sinceRestart = upstream.calls.slice(callsBefore)
    const rssPeakWarmMb = warm.memory().peakMb
    return {
      engine,
      ...expected,
      coldIngestS: (coldServed.at - cold.spawnedAt) / 1000,
      coldIngestFromRunningS: (coldServed.at - coldRunning.at) / 1000,
      coldSpawnToRunningS: (coldRunning.at - cold.spawnedAt) / 1000,
      coldEventCalls: eventCalls(coldCalls),
      coldPagesReadS:
        ((firstPollCalls(coldCalls).at(-1)?.at ?? Number.NaN) - cold.spawnedAt) / 1000,
      coldCallsByPath: countByPath(coldCalls),
      rssPeakMb,
      warmRestartS: (servedAt - stoppedAt) / 1000,
      warmShutdownS: (exitedAt - stoppedAt) / 1000,
      warmSpawnToRunningS: (warmRunning.at - warm.spawnedAt) / 1000,
      warmRunningToServedS: (servedAt - warmRunning.at) / 1000,
      warmEventCallsUntilServed: eventCalls(untilServed),
      warmEventCallsFirstPoll: firstPollCalls(sinceRestart).length,
      warmCallsByPath: countByPath(sinceRestart),
      rssAfterRestartMb,
      rssPeakWarmMb,
      dbSizeMb,
    }
  } finally {
    for (const proxy of proxies) await proxy.stop()
    await upstream.close()
    await store.drop()
  }
}
