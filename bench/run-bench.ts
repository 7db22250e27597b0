// `npm run bench`: every performance figure in one run, printed as a table and written to bench/results.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateLargeFleet } from '../server/embedded/large-fleet'
import { buildSpa, measureInitialJs, startLargeFleetApp } from './app-server'
import { round } from './bench-stats'
import { FILTER_PROBE, launchBrowser, measureFilter, measureSoak } from './browser-figures'
import { measureEngine } from './engine-figures'
import { measurePageLoad } from './page-load-figures'
import { measureServer } from './server-figures'
import { measureStore, type BenchEngine } from './store-figures'
import { formatTable, FIGURES, type BenchPart, type FigureKey, type Results } from './figures'

const here = path.dirname(fileURLToPath(import.meta.url))
const HISTORY = 200_000
const INCREMENT = 100
// Each run measures the first poll after the load and four more.
const POLLS = 5
// The engine's polls are quick: more of them make a steadier median.
const ENGINE_POLLS = 20
const PORT = Number(process.env.BENCH_PORT ?? 8790)
const BUILD_DIR =
  process.env.BENCH_BUILD_DIR ?? path.join(os.tmpdir(), `doorboard-bench-build-${PORT}`)
const SKIP_BROWSER = process.argv.includes('--no-browser')
const PARTS: readonly BenchPart[] = ['derivation', 'server', 'browser', 'store']
// `--only=store` (or a comma list of parts) runs those parts and keeps the other figures of the last run.
const onlyArgument = process.argv.find((argument) => argument.startsWith('--only='))
const ONLY =
  onlyArgument === undefined ? undefined : new Set(onlyArgument.slice('--only='.length).split(','))
for (const part of ONLY ?? []) {
  if (!(PARTS as readonly string[]).includes(part)) {
    console.error(`--only=${part}: no such part. Parts: ${PARTS.join(', ')}.`)
    process.exit(1)
  }
}
const runs = (part: BenchPart) => ONLY === undefined || ONLY.has(part)
const STORE_ENGINES = (process.env.BENCH_STORE_ENGINES ?? 'pglite,postgres').split(
  ',',
) as BenchEngine[]
const DATABASE_URL =
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/test'
const RESULTS_FILE = path.join(here, 'results.json')
const WARMUP_S = Number(process.env.BENCH_SOAK_WARMUP_S ?? 20)
const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 60)
const IDLE_S = Number(process.env.BENCH_IDLE_S ?? 60)
// The fleet is drawn when its thousands of devices are counted on the page.
const FLEET_DRAWN = '/5,0\\d\\d devices/.test(document.body.innerText)'

const results: Results = Object.fromEntries(FIGURES.map((figure) => [figure.key, null])) as Results
const notes: Record<string, string> = {}
const details: Record<string, unknown> = {}
const set = (key: FigureKey, value: number, digits = 1) => (results[key] = round(value, digits))

const end = Date.now()
const now = end + 30_000
console.log(
  `Generating the large fleet (${HISTORY.toLocaleString('en')} + ${POLLS} × ${INCREMENT} events)…`,
)
const fleet = generateLargeFleet({
  end,
  events: HISTORY + Math.max(POLLS, ENGINE_POLLS) * INCREMENT,
  oddShare: 0.01,
})

if (runs('derivation')) {
  console.log(
    `Fleet engine: first judgement of ${HISTORY.toLocaleString('en')} events, then ${ENGINE_POLLS} polls of ${INCREMENT}…`,
  )
  const engine = await measureEngine(fleet, HISTORY, INCREMENT, ENGINE_POLLS, now)
  set('engine_first_judgement_ms', engine.firstJudgementMs, 0)
  set('engine_poll_100_ms', engine.pollMs, 2)
  set('fleet_answer_gzip_kb', engine.fleetAnswerGzipKb)
  details.engine = engine
}

if (runs('server')) {
  console.log('Proxy: idle poll and 50 polling clients…')
  // The proxy's figures do not depend on how much it holds; 20,000 events keep this part quick.
  const server = await measureServer(fleet, 20_000)
  set('poll_idle_bytes', server.pollIdleBytes, 0)
  set('upstream_calls_50_clients', server.upstreamCallsPerInterval, 2)
  details.server = server
}

if (!runs('browser')) {
  // Not asked for: the last run's figures are kept (below).
} else if (SKIP_BROWSER) {
  notes.browser = 'skipped (--no-browser)'
} else {
  console.log(`Building the SPA into ${BUILD_DIR}…`)
  buildSpa(BUILD_DIR)
  const initial = measureInitialJs(BUILD_DIR)
  set('initial_js_gzip_kb', initial.gzipKb)
  details.initialJs = initial.files
  console.log(`Starting the dashboard with FLEET=large on port ${PORT}…`)
  const app = await startLargeFleetApp(PORT, BUILD_DIR)
  const browser = await launchBrowser()
  try {
    const context = await browser.newContext({
      viewport: { width: 1440, height: 1000 },
      bypassCSP: true,
    })
    await context.addInitScript(FILTER_PROBE)
    const page = await context.newPage()
    try {
      console.log('Chromium: filtering 5,000 devices…')
      const filter = await measureFilter(page, app.url)
      set('filter_5000_devices_ms', filter.medianMs)
      details.filter = filter
    } catch (error) {
      notes.filter_5000_devices_ms = `not measured: ${(error as Error).message.split('\n')[0]}`
    }
    try {
      console.log(`Chromium: the fleet page's first load, then ${IDLE_S} s idle…`)
      const load = await measurePageLoad(browser, app.url, IDLE_S, FLEET_DRAWN)
      set('fleet_first_load_kb', load.firstLoadKb)
      set('fleet_ready_s', load.readyMs / 1000, 2)
      set('idle_tab_kb_per_min', load.idleKbPerMinute, 2)
      details.pageLoad = load
    } catch (error) {
      notes.fleet_first_load_kb = `not measured: ${(error as Error).message.split('\n')[0]}`
    }
    try {
      console.log(`Chromium: /wall for ${WARMUP_S} s warm-up + ${SOAK_S} s at 10× the event rate…`)
      const soak = await measureSoak(page, app.url, WARMUP_S, SOAK_S, async () => {
        const health = (await (await fetch(`${app.url}/api/health`)).json()) as {
          event_count: number
        }
        return health.event_count
      })
      set('soak_heap_growth_pct', soak.growthPct)
      details.soak = soak
    } catch (error) {
      notes.soak_heap_growth_pct = `not measured: ${(error as Error).message.split('\n')[0]}`
    }
  } finally {
    await browser.close()
    await app.stop()
  }
}

if (runs('store')) {
  const history = fleet.events.slice(0, HISTORY)
  const stores: Record<string, unknown> = {}
  for (const engine of STORE_ENGINES) {
    console.log(
      `Store, ${engine}: the proxy process on an empty store, then restarted (${fleet.devices.length.toLocaleString('en')} devices, ${history.length.toLocaleString('en')} events)…`,
    )
    const loadAverage = os.loadavg().map((load) => round(load, 2))
    try {
      const store = await measureStore(engine, fleet, history, {
        adminUrl: DATABASE_URL,
        cpuProfileDir: process.env.BENCH_CPU_PROF_DIR,
      })
      set(`cold_ingest_${engine}_s`, store.coldIngestS, 2)
      set(`cold_ingest_after_start_${engine}_s`, store.coldIngestFromRunningS, 2)
      set(`warm_restart_${engine}_s`, store.warmRestartS, 2)
      set(`warm_restart_event_calls_${engine}`, store.warmEventCallsUntilServed, 0)
      set(`db_size_${engine}_mb`, store.dbSizeMb)
      set(`rss_peak_${engine}_mb`, store.rssPeakMb, 0)
      set(`rss_restart_${engine}_mb`, store.rssAfterRestartMb, 0)
      stores[engine] = { ...store, loadAverage }
    } catch (error) {
      // Loud, and the figures stay "not measured": e.g. no PostgreSQL server on this machine.
      const message = (error as Error).message.split('\n')[0] ?? ''
      console.error(`STORE BENCH ${engine.toUpperCase()} NOT MEASURED: ${message}`)
      notes[`store_${engine}`] = `not measured: ${message}`
    }
  }
  details.store = stores
}

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: round(os.totalmem() / 1e9, 1),
  node: process.version,
  loadAverage: os.loadavg().map((load) => round(load, 2)),
  at: new Date().toISOString(),
}
const written = withKeptFigures()
console.log(`\n${formatTable(written)}`)
if (ONLY !== undefined)
  console.log(`Parts run: ${[...ONLY].join(', ')}; other figures kept from the last run.`)
for (const [key, note] of Object.entries(notes)) console.log(`${key}: ${note}`)
console.log(
  `\n${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
)
writeFileSync(RESULTS_FILE, `${JSON.stringify(written, null, 2)}\n`)
console.log('Written to bench/results.json')

/**
 * What to write: this run's figures; with --only, the other parts' figures and details are kept
 * from the last results.json, and `_meta.kept` says which and from which run.
 */
function withKeptFigures() {
  if (ONLY === undefined || !existsSync(RESULTS_FILE)) {
    return { ...results, _meta: { machine, notes, details } }
  }
  const previous = JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Partial<Results> & {
    _meta?: { machine?: { at?: string }; details?: Record<string, unknown>; kept?: unknown }
  }
  const merged: Results = { ...results }
  const kept: string[] = []
  for (const figure of FIGURES) {
    const earlier = previous[figure.key]
    if (!runs(figure.part) && typeof earlier === 'number') {
      merged[figure.key] = earlier
      kept.push(figure.key)
    }
  }
  return {
    ...merged,
    _meta: {
      machine,
      notes,
      details: { ...previous._meta?.details, ...details },
      only: [...ONLY],
      kept: { figures: kept, from: previous._meta?.machine ?? null },
    },
  }
}
