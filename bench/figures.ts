// The benchmark's figures: their keys, what they measure, their targets, and the printed table.

export type BenchPart = 'derivation' | 'server' | 'browser' | 'store'

const DERIVATION = [
  {
    key: 'engine_first_judgement_ms',
    what: 'server: first judgement, 200,000 events',
    target: '—',
  },
  {
    key: 'engine_poll_100_ms',
    what: 'server: work per poll of 100 events',
    target: '≤ 10 ms',
    max: 10,
  },
  { key: 'fleet_answer_gzip_kb', what: 'GET /api/fleet, gzip, 5,040 devices', target: '—' },
] as const

const SERVER = [
  { key: 'poll_idle_bytes', what: 'idle /api/event_log?after=', target: '≤ 1024', max: 1024 },
  { key: 'upstream_calls_50_clients', what: 'upstream calls per interval', target: '1', max: 1.1 },
] as const

const BROWSER = [
  { key: 'filter_5000_devices_ms', what: 'keystroke to painted rows', target: '≤ 50 ms', max: 50 },
  { key: 'initial_js_gzip_kb', what: 'gzip JS of the first page', target: '≤ 200 KB', max: 200 },
  { key: 'soak_heap_growth_pct', what: 'wall heap growth, 10× rate', target: '≤ 10 %', max: 10 },
  {
    key: 'fleet_first_load_kb',
    what: 'fleet page: all bytes of a first load',
    target: '≤ 1024 KB',
    max: 1024,
  },
  { key: 'fleet_ready_s', what: 'fleet page: open → fleet drawn (warm)', target: '≤ 2 s', max: 2 },
  {
    key: 'idle_tab_kb_per_min',
    what: 'fleet page: idle tab, all requests',
    target: '≤ 5 KB/min',
    max: 5,
  },
] as const

/** The store's figures for one engine (bench/store-figures.ts), 5,000 devices / 200,000 events. */
function storeFigures<E extends string>(engine: E, name: string) {
  return [
    {
      key: `cold_ingest_${engine}_s`,
      what: `${name}: empty → all served`,
      target: '≤ 10 s',
      max: 10,
    },
    { key: `cold_ingest_after_start_${engine}_s`, what: 'the same, from "running"', target: '—' },
    {
      key: `warm_restart_${engine}_s`,
      what: `${name}: stop → all served`,
      target: '≤ 3 s',
      max: 3,
    },
    {
      key: `warm_restart_event_calls_${engine}`,
      what: 'its /events/list calls',
      target: '≤ 2',
      max: 2,
    },
    { key: `db_size_${engine}_mb`, what: `${name}: size on disk`, target: '—' },
    {
      key: `rss_peak_${engine}_mb`,
      what: 'proxy peak RSS, cold ingest',
      target: '≤ 500 MB',
      max: 500,
    },
    {
      key: `rss_restart_${engine}_mb`,
      what: 'proxy RSS, restart served',
      target: '≤ 500 MB',
      max: 500,
    },
  ] as const
}

const inPart = <F extends object>(part: BenchPart, figures: readonly F[]) =>
  figures.map((figure) => ({ ...figure, part }))

export const FIGURES = [
  ...inPart('derivation', DERIVATION),
  ...inPart('server', SERVER),
  ...inPart('browser', BROWSER),
  ...inPart('store', [
    ...storeFigures('pglite', 'PGlite'),
    ...storeFigures('postgres', 'PostgreSQL'),
  ]),
]

export type FigureKey = (typeof FIGURES)[number]['key']
export type Results = Record<FigureKey, number | null>

export function formatTable(results: Results): string {
  const rows = FIGURES.map((figure) => {
    const value = results[figure.key]
    const max = 'max' in figure ? figure.max : undefined
    const verdict =
      value === null ? 'not measured' : max === undefined ? '' : value <= max ? 'ok' : 'OVER'
    return [figure.key, figure.what, value === null ? '—' : String(value), figure.target, verdict]
  })
  const header = ['key', 'what', 'value', 'target', '']
  const widths = header.map((title, i) =>
    Math.max(title.length, ...rows.map((row) => (row[i] as string).length)),
  )
  const line = (cells: readonly string[]) =>
    `| ${cells.map((cell, i) => cell.padEnd(widths[i] as number)).join(' | ')} |`
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n')
}
