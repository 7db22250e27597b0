// How old the wall's data is, large enough to read from the door; red when it is stale.
import { formatDuration } from '../../lib/format-time'
import type { WallFreshness } from './wall-staleness'

/** `live`: changes arrive over the stream; otherwise the wall asks every few seconds. */
export function WallDataAge({ freshness, live }: { freshness: WallFreshness; live: boolean }) {
  const stale = freshness.state === 'stale'
  const age =
    freshness.state === 'waiting' || freshness.ageMs === undefined
      ? 'no data yet'
      : `${formatDuration(freshness.ageMs)} old`
  return (
    <section aria-label="Data age" className="text-right leading-none">
      <p className="text-[1em] text-zinc-400">
        {stale ? 'Data is stale' : live ? 'Data · live' : 'Data · polling'}
      </p>
      <p
        className={`mt-[0.3em] text-[2.25em] font-semibold tabular-nums whitespace-nowrap ${stale ? 'text-red-300' : 'text-zinc-100'}`}
      >
        {!stale && freshness.state === 'fresh' && (
          <span
            aria-hidden="true"
            className="mr-[0.3em] inline-block size-[0.45em] rounded-full bg-emerald-400 align-middle"
          />
        )}
        {age}
      </p>
    </section>
  )
}
