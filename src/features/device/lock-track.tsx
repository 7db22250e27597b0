// The lock track: locked / unlocked spans, a mark per lock or unlock (letter = method), denials in red.
import type { Instant } from '../../domain/events/parsed-event'
import type { LockInterval } from '../../domain/timelines/lock'
import { formatTimestamp } from '../../lib/format-time'
import type { LockMark } from './device-timelines'
import type { MarkCluster } from './downsample'
import type { BandSegment } from './time-scale'
import { LOCK_BAND_CLASSES, LOCK_MARK_CLASSES, METHOD_LETTERS, lockMarkLabel } from './track-words'
import { LegendItem, TrackRow, pct } from './track-row'

export function LockTrack({
  bands,
  marks,
  summary,
}: {
  bands: readonly BandSegment<LockInterval>[]
  marks: readonly MarkCluster<LockMark>[]
  summary: string
}) {
  return (
    <TrackRow
      title="Lock activity"
      summary={summary}
      height="h-10"
      legend={
        <>
          <LegendItem swatch={LOCK_BAND_CLASSES.locked}>locked</LegendItem>
          <LegendItem swatch={LOCK_BAND_CLASSES.unlocked}>unlocked</LegendItem>
          <LegendItem swatch="bg-red-600">access denied</LegendItem>
          <span>K keypad code · M by hand · A automatic · R remote</span>
        </>
      }
    >
      {bands.map((band) =>
        band.kind === 'mixed' ? (
          <div
            key={`${band.from}`}
            className="absolute bottom-0 h-1.5 bg-slate-300 dark:bg-slate-600"
            style={{ left: pct(band.left), width: pct(band.width) }}
          />
        ) : (
          <div
            key={`${band.from}`}
            className={`absolute bottom-0 h-1.5 ${LOCK_BAND_CLASSES[band.interval.state]}`}
            style={{ left: pct(band.left), width: pct(band.width) }}
          />
        ),
      )}
      {marks.map((cluster) =>
        marks.length <= CHIP_LIMIT ? (
          <ClusterMark key={cluster.from} cluster={cluster} />
        ) : (
          <ClusterTick key={cluster.from} cluster={cluster} />
        ),
      )}
    </TrackRow>
  )
}

/** Above this many marks, letter chips would overlap: thin ticks are drawn instead. */
const CHIP_LIMIT = 40

const TICK_CLASSES: Readonly<Record<LockMark['kind'], string>> = {
  locked: 'bg-slate-600 dark:bg-slate-300',
  unlocked: 'bg-amber-500 dark:bg-amber-400',
  denied: 'bg-red-600 dark:bg-red-500',
}

/** Denials matter most, then unlocks (who got in, how), then locks. */
function clusterKind(cluster: MarkCluster<LockMark>): LockMark['kind'] {
  if (cluster.marks.some((mark) => mark.kind === 'denied')) return 'denied'
  if (cluster.marks.some((mark) => mark.kind === 'unlocked')) return 'unlocked'
  return 'locked'
}

function ClusterTick({ cluster }: { cluster: MarkCluster<LockMark> }) {
  return (
    <span
      title={clusterTitle(cluster.marks)}
      className={`absolute top-0.5 h-6 w-0.5 -translate-x-1/2 rounded-full ${TICK_CLASSES[clusterKind(cluster)]}`}
      style={{ left: pct(cluster.position) }}
    />
  )
}

function ClusterMark({ cluster }: { cluster: MarkCluster<LockMark> }) {
  const count = cluster.marks.length
  const kind = clusterKind(cluster)
  const shown = cluster.marks.find((mark) => mark.kind === kind)!
  const letter = kind === 'denied' ? '✕' : METHOD_LETTERS[shown.method ?? 'unknown']
  return (
    <span
      title={clusterTitle(cluster.marks)}
      className={`absolute top-1 flex h-4 min-w-4 -translate-x-1/2 items-center justify-center gap-px rounded-full px-1 text-[9px] leading-none font-bold ring-1 ${LOCK_MARK_CLASSES[kind]}`}
      style={{ left: pct(cluster.position) }}
    >
      {letter}
      {count > 1 && <span className="text-[8px] font-semibold opacity-80">{count}</span>}
    </span>
  )
}

function clusterTitle(marks: readonly LockMark[]): string {
  const lines = marks.slice(-6).map((mark) => `${clock(mark.at)} ${lockMarkLabel(mark)}`)
  return marks.length > 6
    ? [`${marks.length} events, last 6:`, ...lines].join('\n')
    : lines.join('\n')
}

function clock(at: Instant): string {
  return formatTimestamp(at).slice(11)
}
