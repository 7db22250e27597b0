// The time-range filter: a preset relative to now, or fixed bounds typed in local time.
import type { Instant } from '../../domain/events/parsed-event'
import { RANGE_PRESETS, type RangePreset, type TimeRange } from './event-filters'

const PRESET_LABELS: Readonly<Record<RangePreset, string>> = {
  '15m': 'Last 15 minutes',
  '1h': 'Last hour',
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
}

const FIELD =
  'h-9 rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:[color-scheme:dark]'
const LABEL = 'text-xs font-medium text-zinc-600 dark:text-zinc-400'

const pad = (value: number) => String(value).padStart(2, '0')

/** "2026-11-28T07:05:09" in the browser's zone, as <input type="datetime-local"> wants it. */
function toLocalInput(at: Instant | undefined): string {
  if (at === undefined) return ''
  const d = new Date(at)
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
}

function fromLocalInput(value: string): Instant | undefined {
  if (value === '') return undefined
  const at = new Date(value).getTime()
  return Number.isNaN(at) ? undefined : at
}

export function TimeRangeControl({
  range,
  onChange,
  now,
}: {
  range: TimeRange
  onChange: (next: TimeRange) => void
  /** Where a new fixed range starts from: the last hour up to now. */
  now: () => Instant
}) {
  const choice = range.kind === 'last' ? range.preset : range.kind
  const between = range.kind === 'between' ? range : undefined
  const setBound = (bound: 'from' | 'to', value: string) => {
    const at = fromLocalInput(value)
    const next: { from?: Instant; to?: Instant } = {}
    if (between?.from !== undefined) next.from = between.from
    if (between?.to !== undefined) next.to = between.to
    if (at === undefined) delete next[bound]
    else next[bound] = at
    onChange({ kind: 'between', ...next })
  }

  return (
    <>
      <div className="flex flex-col gap-1">
        <label htmlFor="event-range" className={LABEL}>
          Time range
        </label>
        <select
          id="event-range"
          value={choice}
          onChange={(event) => {
            const value = event.currentTarget.value
            if (value === 'all') onChange({ kind: 'all' })
            else if (value === 'between') {
              const end = now()
              onChange({ kind: 'between', from: end - 60 * 60_000, to: end })
            } else onChange({ kind: 'last', preset: value as RangePreset })
          }}
          className={FIELD}
        >
          <option value="all">Any time</option>
          {RANGE_PRESETS.map((preset) => (
            <option key={preset} value={preset}>
              {PRESET_LABELS[preset]}
            </option>
          ))}
          <option value="between">Between fixed times…</option>
        </select>
      </div>
      {between !== undefined && (
        <>
          <div className="flex flex-col gap-1">
            <label htmlFor="event-from" className={LABEL}>
              From
            </label>
            <input
              id="event-from"
              type="datetime-local"
              step={1}
              value={toLocalInput(between.from)}
              onChange={(event) => setBound('from', event.currentTarget.value)}
              className={FIELD}
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="event-to" className={LABEL}>
              To
            </label>
            <input
              id="event-to"
              type="datetime-local"
              step={1}
              value={toLocalInput(between.to)}
              onChange={(event) => setBound('to', event.currentTarget.value)}
              className={FIELD}
            />
          </div>
        </>
      )}
    </>
  )
}
