// 1 h, 24 h, 7 d or a custom range; the choice lives in the URL.
import { useState } from 'react'
import type { TimeRange } from './time-range'
import { RANGE_PRESETS } from './time-range'

const SEGMENT =
  'px-3 py-1.5 text-sm font-medium focus-visible:relative focus-visible:outline-2 focus-visible:outline-indigo-500 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900 hover:bg-zinc-100 dark:hover:bg-zinc-800'

/** "2026-11-28T06:00" in this browser's zone, for a datetime-local input. */
function toLocalInput(at: number): string {
  const date = new Date(at - new Date(at).getTimezoneOffset() * 60_000)
  return date.toISOString().slice(0, 16)
}

export function TimeRangePicker({
  range,
  onChange,
  now,
}: {
  range: TimeRange
  onChange: (range: TimeRange) => void
  now: number
}) {
  const [customOpen, setCustomOpen] = useState(range.kind === 'custom')
  const [from, setFrom] = useState(() =>
    toLocalInput(range.kind === 'custom' ? range.from : now - 86_400_000),
  )
  const [to, setTo] = useState(() => toLocalInput(range.kind === 'custom' ? range.to : now))
  const start = Date.parse(from)
  const end = Date.parse(to)
  const valid = Number.isFinite(start) && Number.isFinite(end) && end > start

  return (
    <div className="flex flex-wrap items-center gap-3">
      <div
        role="group"
        aria-label="Time range"
        className="inline-flex overflow-hidden rounded-md border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900"
      >
        {RANGE_PRESETS.map(({ preset, label }) => (
          <button
            key={preset}
            type="button"
            aria-pressed={range.kind === 'preset' && range.preset === preset}
            className={SEGMENT}
            onClick={() => {
              setCustomOpen(false)
              onChange({ kind: 'preset', preset })
            }}
          >
            {label}
          </button>
        ))}
        <button
          type="button"
          aria-pressed={range.kind === 'custom'}
          aria-expanded={customOpen}
          className={SEGMENT}
          onClick={() => setCustomOpen((open) => !open)}
        >
          Custom
        </button>
      </div>
      {customOpen && (
        <form
          className="flex flex-wrap items-center gap-2 text-sm"
          onSubmit={(event) => {
            event.preventDefault()
            if (valid) onChange({ kind: 'custom', from: start, to: end })
          }}
        >
          <label className="flex items-center gap-1">
            From
            <input
              type="datetime-local"
              value={from}
              onChange={(event) => setFrom(event.target.value)}
              className="rounded border border-zinc-300 bg-white px-1.5 py-1 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <label className="flex items-center gap-1">
            to
            <input
              type="datetime-local"
              value={to}
              onChange={(event) => setTo(event.target.value)}
              className="rounded border border-zinc-300 bg-white px-1.5 py-1 dark:border-zinc-700 dark:bg-zinc-900"
            />
          </label>
          <button
            type="submit"
            disabled={!valid}
            className="rounded-md bg-zinc-900 px-3 py-1 font-medium text-white disabled:opacity-40 dark:bg-zinc-100 dark:text-zinc-900"
          >
            Show
          </button>
          {!valid && (
            <span className="text-xs text-red-700 dark:text-red-400">
              The end must be after the start.
            </span>
          )}
        </form>
      )}
    </div>
  )
}
