// The connectivity track: online, offline (with the reason on hover) and flaky as coloured spans.
import type { ConnectivityInterval } from '../../domain/timelines/connectivity'
import { formatDuration } from '../../lib/format-time'
import type { BandSegment } from './time-scale'
import { CONNECTIVITY_CLASSES, MIXED_CLASS, connectivityLabel } from './track-words'
import { LegendItem, TrackRow, pct } from './track-row'

export function ConnectivityBand({
  segments,
  summary,
}: {
  segments: readonly BandSegment<ConnectivityInterval>[]
  summary: string
}) {
  return (
    <TrackRow
      title="Connectivity"
      summary={summary}
      legend={
        <>
          <LegendItem swatch={CONNECTIVITY_CLASSES.online}>online</LegendItem>
          <LegendItem swatch={CONNECTIVITY_CLASSES.offline}>offline</LegendItem>
          <LegendItem swatch={CONNECTIVITY_CLASSES.flaky}>flaky</LegendItem>
          <LegendItem swatch={CONNECTIVITY_CLASSES.unknown}>not known</LegendItem>
        </>
      }
    >
      {segments.map((segment) => {
        const title =
          segment.kind === 'mixed'
            ? `${segment.count} changes too close to draw apart: zoom in`
            : `${connectivityLabel(segment.interval)} for ${formatDuration(segment.to - segment.from)}`
        return (
          <div
            key={`${segment.from}`}
            title={title}
            className={`absolute inset-y-0 min-w-[2px] ${
              segment.kind === 'mixed' ? MIXED_CLASS : CONNECTIVITY_CLASSES[segment.interval.state]
            }`}
            style={{ left: pct(segment.left), width: pct(segment.width) }}
          />
        )
      })}
    </TrackRow>
  )
}
