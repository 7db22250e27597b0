// The device's events in the range, newest first, in plain words; more on request.
import { Link } from 'react-router'
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import type { DeviceEventRows } from './device-event-rows'

export function DeviceEventList({
  deviceId,
  list,
  olderOnServer,
  now,
  emptyText,
  onShowMore,
}: {
  deviceId: string
  list: DeviceEventRows
  /** Older events of the window are on the server, not loaded yet: the count is a floor. */
  olderOnServer: boolean
  now: Instant
  emptyText: string
  onShowMore: () => void
}) {
  return (
    <section
      aria-labelledby="events-heading"
      className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex items-baseline justify-between gap-2 px-4 pt-4">
        <h2 id="events-heading" className="text-base font-semibold">
          Events
        </h2>
        <span className="text-xs text-zinc-500 dark:text-zinc-400">
          {list.total}
          {olderOnServer && '+'} in range, newest first ·{' '}
          <Link
            to={`/events?device=${encodeURIComponent(deviceId)}`}
            className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            filter and export in the event explorer
          </Link>
        </span>
      </div>
      {list.rows.length === 0 ? (
        <p className="px-4 py-4 text-sm text-zinc-500 dark:text-zinc-400">{emptyText}</p>
      ) : (
        <ol
          aria-label="Device events, newest first"
          className="mt-2 divide-y divide-zinc-100 dark:divide-zinc-800"
        >
          {list.rows.map((row) => (
            <li key={row.id} className="flex items-baseline gap-3 px-4 py-2 text-sm">
              <span className="w-28 shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                <Moment at={row.at} now={now} />
              </span>
              <span className="min-w-0 flex-1">{row.text}</span>
              {row.severity === 'critical' && <StatusPill tone="critical">critical</StatusPill>}
              {row.severity === 'warning' && <StatusPill tone="warning">warning</StatusPill>}
              {row.status !== 'known' && <StatusPill tone="neutral">{row.status}</StatusPill>}
              <code className="hidden shrink-0 text-[11px] text-zinc-500 md:inline dark:text-zinc-400">
                {row.type}
              </code>
            </li>
          ))}
        </ol>
      )}
      {(list.more > 0 || olderOnServer) && (
        <div className="border-t border-zinc-100 px-4 py-2 dark:border-zinc-800">
          <button
            type="button"
            onClick={onShowMore}
            className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300"
          >
            {list.more > 0
              ? `Show ${Math.min(list.more, 50)} more (${list.more}${olderOnServer ? '+' : ''} not shown)`
              : 'Show older events'}
          </button>
        </div>
      )}
    </section>
  )
}
