// The tick labels under the tracks, on the same columns as every track.
import type { AxisTick } from './time-scale'
import { TRACK_GRID, pct } from './track-row'

export function TimeAxis({ ticks }: { ticks: readonly AxisTick[] }) {
  return (
    <div className={TRACK_GRID} aria-hidden="true">
      <div />
      <div className="relative h-5 border-t border-zinc-200 dark:border-zinc-700">
        {ticks.map((tick) => (
          <span
            key={tick.at}
            className={`absolute top-1 -translate-x-1/2 text-[11px] whitespace-nowrap tabular-nums ${
              tick.major
                ? 'font-semibold text-zinc-700 dark:text-zinc-200'
                : 'text-zinc-500 dark:text-zinc-400'
            }`}
            style={{ left: pct(tick.position) }}
          >
            {tick.label}
          </span>
        ))}
      </div>
    </div>
  )
}
