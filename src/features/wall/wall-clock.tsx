// The wall's clock: the time in large digits and the date under it.
import type { Instant } from '../../domain/events/parsed-event'
import { formatClockTime } from '../../lib/format-time'

const dateFormatter = new Intl.DateTimeFormat('en-GB', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
})

export function WallClock({ now }: { now: Instant }) {
  return (
    <section aria-label="Clock" className="text-right leading-none">
      <time
        dateTime={new Date(now).toISOString()}
        className="block text-[3.5em] font-semibold tracking-tight tabular-nums"
      >
        {formatClockTime(now)}
      </time>
      <p className="mt-[0.3em] text-[1em] text-zinc-400">{dateFormatter.format(now)}</p>
    </section>
  )
}
