// The whole-screen notice that the wall's data cannot be trusted, why, and since when.
import { useId } from 'react'
import type { Instant } from '../../domain/events/parsed-event'
import { formatAgo, formatClockTime } from '../../lib/format-time'
import type { WallSummary } from './wall-problems'
import type { WallFreshness } from './wall-staleness'

type Stale = Extract<WallFreshness, { state: 'stale' }>

export interface WallStaleNoticeProps {
  readonly freshness: Stale
  readonly now: Instant
  /** What the wall showed last; told in one line, since it may no longer be true. */
  readonly lastKnown: WallSummary | undefined
}

export function WallStaleNotice({ freshness, now, lastKnown }: WallStaleNoticeProps) {
  const titleId = useId()
  const { lastDataAt } = freshness
  return (
    <div
      role="alert"
      aria-labelledby={titleId}
      className="flex min-h-0 flex-1 flex-col items-center justify-center gap-[1em] px-[2em] text-center"
    >
      <h1
        id={titleId}
        className="text-[6em] leading-none font-black tracking-tight text-white uppercase"
      >
        <span aria-hidden="true">⚠ </span>Data is stale
      </h1>
      <p className="text-[2.2em] font-semibold text-red-100">{freshness.title}</p>
      <p className="max-w-[48em] text-[1.35em] text-red-200/90">{freshness.detail}</p>
      <p className="text-[2em] font-semibold text-white tabular-nums">
        {lastDataAt === undefined
          ? 'No data has arrived yet.'
          : `Last data at ${formatClockTime(lastDataAt)}, ${formatAgo(now - lastDataAt)}.`}
      </p>
      <p className="text-[1.35em] text-red-100">
        This screen recovers by itself when data flows again.
      </p>
      {lastKnown !== undefined && (
        <p className="text-[1.2em] text-red-200/80">
          Last known: {problemWords(lastKnown.problems.length)}, {lastKnown.okCount} of{' '}
          {lastKnown.deviceCount} devices OK.
        </p>
      )}
    </div>
  )
}

function problemWords(count: number): string {
  if (count === 0) return 'no problems'
  return count === 1 ? '1 problem' : `${count} problems`
}
