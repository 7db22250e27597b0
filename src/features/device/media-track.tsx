// The media track: a mark per ring or camera event; a mark opens its picture or clip.
import type { MediaItem } from '../../domain/timelines/media'
import type { MarkCluster } from './downsample'
import type { MediaShot } from './media-cards'
import { formatTimestamp } from '../../lib/format-time'
import { LegendItem, TrackRow, pct } from './track-row'

export function MediaTrack({
  marks,
  shotsById,
  summary,
  onOpen,
}: {
  marks: readonly MarkCluster<MediaItem>[]
  shotsById: ReadonlyMap<string, MediaShot>
  summary: string
  onOpen: (eventId: string) => void
}) {
  return (
    <TrackRow
      title="Media"
      summary={summary}
      legend={
        <>
          <LegendItem swatch="bg-violet-500">doorbell ring</LegendItem>
          <LegendItem swatch="bg-sky-500">camera motion</LegendItem>
          <span>click a mark to open its picture or clip</span>
        </>
      }
    >
      {marks.map((cluster) => {
        // The newest shot of the cluster that has something to show.
        const shot = [...cluster.marks]
          .reverse()
          .map((mark) => shotsById.get(mark.eventId))
          .find((found) => found?.imageUrl !== undefined || found?.videoUrl !== undefined)
        const count = cluster.marks.length
        const label =
          shot === undefined
            ? `${count} media ${count === 1 ? 'event' : 'events'} at ${formatTimestamp(cluster.from)}`
            : `Open ${shot.title.toLowerCase()} at ${formatTimestamp(shot.at)}${count > 1 ? ` (${count} events here)` : ''}`
        const ring = cluster.marks.some((mark) => mark.kind === 'ring')
        const className = `${ring ? 'bg-violet-500 hover:bg-violet-600' : 'bg-sky-500 hover:bg-sky-600'} absolute top-1/2 grid h-4 min-w-4 -translate-x-1/2 -translate-y-1/2 place-items-center rounded-full px-0.5 text-[9px] leading-none font-bold text-white ring-1 ring-white dark:ring-zinc-900`
        return shot === undefined ? (
          <span
            key={cluster.from}
            title={label}
            className={className}
            style={{ left: pct(cluster.position) }}
          >
            {count > 1 ? count : ''}
          </span>
        ) : (
          <button
            key={cluster.from}
            type="button"
            title={label}
            aria-label={label}
            onClick={() => onOpen(shot.id)}
            className={`${className} cursor-pointer focus-visible:outline-2 focus-visible:outline-indigo-500`}
            style={{ left: pct(cluster.position) }}
          >
            {count > 1 ? count : ''}
          </button>
        )
      })}
    </TrackRow>
  )
}
