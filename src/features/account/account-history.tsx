// The account's status history: a band over the week kept, then each spell in words, newest first.
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { formatDuration, formatTimestamp } from '../../lib/format-time'
import { ACCOUNT_BAND_CLASSES, ACCOUNT_STATE_TONES } from './account-tones'
import type { AccountView } from './account-view-model'
import { accountStateWords, issueWords } from './account-view-model'

const SHOWN = 20

export function AccountHistory({
  view,
  now,
  window,
}: {
  view: AccountView
  now: Instant
  window: TimeWindow
}) {
  return (
    <section
      aria-labelledby="account-history-heading"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="account-history-heading" className="text-base font-semibold">
        Status history
      </h2>
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Connected, disconnected and reauthorization requests over the last 7 days (the events kept).
      </p>
      <div className="relative mt-3 h-6 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800/60">
        {view.band.map((span) => (
          <div
            key={span.from}
            title={`${accountStateWords(span.state)}: ${formatTimestamp(span.from)} for ${formatDuration(span.to - span.from)}`}
            className={`absolute inset-y-0 min-w-[2px] ${ACCOUNT_BAND_CLASSES[span.state]}`}
            style={{ left: `${span.left * 100}%`, width: `${span.width * 100}%` }}
          />
        ))}
      </div>
      <div className="mt-1 flex justify-between text-[11px] text-zinc-500 dark:text-zinc-400">
        <span>{formatTimestamp(window.from).slice(0, 16)}</span>
        <span>now</span>
      </div>
      {view.history.length === 0 ? (
        <p className="mt-3 text-sm text-zinc-500 dark:text-zinc-400">
          No connection changes in the events kept (7 days): the account has been{' '}
          {accountStateWords(view.state).toLowerCase()} throughout, as far as Seam&apos;s list says.
        </p>
      ) : (
        <ol
          aria-label="Status changes, newest first"
          className="mt-3 divide-y divide-zinc-100 dark:divide-zinc-800"
        >
          {view.history.slice(0, SHOWN).map((spell) => {
            const issues = issueWords(spell.issues)
            return (
              <li
                key={spell.from}
                className="flex flex-wrap items-baseline gap-x-3 gap-y-1 py-2 text-sm"
              >
                <span className="w-28 shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                  <Moment at={spell.from} now={now} />
                </span>
                <StatusPill tone={ACCOUNT_STATE_TONES[spell.state]}>
                  {accountStateWords(spell.state)}
                </StatusPill>
                <span className="text-zinc-600 dark:text-zinc-300">
                  {spell.to === null
                    ? `ongoing, ${formatDuration(now - spell.from)} so far`
                    : `for ${formatDuration(spell.to - spell.from)}`}
                </span>
                {issues !== undefined && (
                  <span className="text-zinc-600 dark:text-zinc-300">· {issues}</span>
                )}
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
