// The cards under the timelines: each doorbell visit as one card, lone camera events alone; a
// thumbnail opens the picture or clip.
import { Moment } from '../../components/moment'
import type { Instant } from '../../domain/events/parsed-event'
import { formatTimestamp } from '../../lib/format-time'
import type { MediaCards, MediaShot } from './media-cards'

export function MediaStrip({
  media,
  now,
  emptyText,
  onOpen,
}: {
  media: MediaCards
  now: Instant
  emptyText: string
  onOpen: (eventId: string) => void
}) {
  return (
    <section
      aria-labelledby="media-heading"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="media-heading" className="text-base font-semibold">
        Pictures and clips
      </h2>
      {media.cards.length === 0 ? (
        <p className="mt-2 text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>
      ) : (
        <ul className="mt-3 grid grid-cols-[repeat(auto-fill,minmax(15rem,1fr))] gap-3">
          {media.cards.map((card) => (
            <li
              key={card.id}
              className={`rounded-lg border p-2.5 ${
                card.kind === 'session'
                  ? 'border-indigo-200 bg-indigo-50/60 dark:border-indigo-500/30 dark:bg-indigo-500/10'
                  : 'border-zinc-200 dark:border-zinc-800'
              }`}
            >
              <div className="flex items-baseline justify-between gap-2">
                <h3 className="text-sm font-medium">{card.title}</h3>
                <span className="text-xs text-zinc-500 dark:text-zinc-400">
                  <Moment at={card.at} now={now} />
                </span>
              </div>
              {card.lines.length > 0 && (
                <p className="mt-0.5 text-xs text-zinc-600 dark:text-zinc-300">
                  {card.lines.join(' · ')}
                </p>
              )}
              <div className="mt-2 flex flex-wrap gap-1.5">
                {card.shots.map((shot) => (
                  <Thumbnail key={shot.id} shot={shot} onOpen={onOpen} />
                ))}
              </div>
            </li>
          ))}
        </ul>
      )}
      {media.hidden > 0 && (
        <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
          {media.hidden} older {media.hidden === 1 ? 'card' : 'cards'} in this range not shown: zoom
          in to see them.
        </p>
      )}
    </section>
  )
}

function Thumbnail({ shot, onOpen }: { shot: MediaShot; onOpen: (eventId: string) => void }) {
  const what = shot.videoUrl !== undefined && shot.imageUrl === undefined ? 'clip' : 'picture'
  if (shot.imageUrl === undefined && shot.videoUrl === undefined) {
    return (
      <span className="grid h-16 w-24 place-items-center rounded bg-zinc-100 px-1 text-center text-[10px] text-zinc-500 dark:bg-zinc-800 dark:text-zinc-400">
        {shot.title}: no media
      </span>
    )
  }
  return (
    <button
      type="button"
      onClick={() => onOpen(shot.id)}
      aria-label={`Open ${what}: ${shot.title} at ${formatTimestamp(shot.at)}`}
      className="group relative h-16 w-24 overflow-hidden rounded bg-zinc-900 ring-1 ring-zinc-300 hover:ring-2 hover:ring-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500 dark:ring-zinc-700"
    >
      {shot.imageUrl !== undefined ? (
        <img src={shot.imageUrl} alt="" loading="lazy" className="size-full object-cover" />
      ) : (
        <span className="grid size-full place-items-center text-xs text-zinc-300">clip</span>
      )}
      {shot.videoUrl !== undefined && (
        <span
          aria-hidden="true"
          className="absolute right-1 bottom-1 rounded bg-black/70 px-1 text-[10px] text-white"
        >
          ▶ clip
        </span>
      )}
    </button>
  )
}
