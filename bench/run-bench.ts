// `npm run bench`: every performance figure in one run, printed as a table and written to bench/results.json.
import { writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { generateLargeFleet } from '../server/embedded/large-fleet'
import { buildSpa, measureInitialJs, startLargeFleetApp } from './app-server'
import { round } from './bench-stats'
import { FILTER_PROBE, launchBrowser, measureFilter, measureSoak } from './browser-figures'
import { measureDerivation } from './derive-figures'
import { measureServer } from './server-figures'
import { formatTable, FIGURES, type FigureKey, type Results } from './figures'

const here = path.dirname(fileURLToPath(import.meta.url))
const HISTORY = 200_000
const INCREMENT = 100
// Each run measures the first poll after the load and four more.
const POLLS = 5
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
const PORT = Number(process.env.BENCH_PORT ?? 8790)
const BUILD_DIR =
  process.env.BENCH_BUILD_DIR ?? path.join(os.tmpdir(), `doorboard-bench-build-${PORT}`)
const SKIP_BROWSER = process.argv.includes('--no-browser')
const WARMUP_S = Number(process.env.BENCH_SOAK_WARMUP_S ?? 20)
const SOAK_S = Number(process.env.BENCH_SOAK_S ?? 60)

const results: Results = Object.fromEntries(FIGURES.map((figure) => [figure.key, null])) as Results
const notes: Record<string, string> = {}
const details: Record<string, unknown> = {}
const set = (key: FigureKey, value: number, digits = 1) => (results[key] = round(value, digits))

const end = Date.now()
const now = end + 30_000
console.log(
  `Generating the large fleet (${HISTORY.toLocaleString('en')} + ${POLLS} × ${INCREMENT} events)…`,
)
const fleet = generateLargeFleet({ end, events: HISTORY + POLLS * INCREMENT, oddShare: 0.01 })

console.log(`Derivation, ${RUNS} runs after a warm-up, ${POLLS} polls each…`)
const derive = measureDerivation(fleet, HISTORY, INCREMENT, RUNS, now)
set('json_parse_200k_ms', derive.jsonParseMs)
set('ingest_derive_200k_ms', derive.ingestDeriveMs)
set('ingest_derive_ratio', derive.ingestDeriveMs / derive.jsonParseMs, 2)
set('incremental_100_ms', derive.incrementalMs)
details.derivation = { breakdown: derive.breakdown, facts: derive.facts }

console.log('Proxy: idle poll and 50 polling clients…')
// The proxy's figures do not depend on how much it holds; 20,000 events keep this part quick.
const server = await measureServer(fleet, 20_000)
set('poll_idle_bytes', server.pollIdleBytes, 0)
set('upstream_calls_50_clients', server.upstreamCallsPerInterval, 2)
details.server = server

if (SKIP_BROWSER) {
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

const machine = {
  cpus: os.cpus().length,
  cpu: os.cpus()[0]?.model ?? 'unknown',
  memoryGb: round(os.totalmem() / 1e9, 1),
  node: process.version,
  loadAverage: os.loadavg().map((load) => round(load, 2)),
  at: new Date().toISOString(),
}
console.log(`\n${formatTable(results)}`)
for (const [key, note] of Object.entries(notes)) console.log(`${key}: ${note}`)
console.log(
  `\n${machine.cpus} × ${machine.cpu}, ${machine.memoryGb} GB, Node ${machine.node}, load ${machine.loadAverage.join(' ')}`,
)
writeFileSync(
  path.join(here, 'results.json'),
  `${JSON.stringify({ ...results, _meta: { machine, notes, details } }, null, 2)}\n`,
)
console.log('Written to bench/results.json')
