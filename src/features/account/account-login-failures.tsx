// Failed sign-ins through Connect Webviews that belong to this account, newest first.
import { Moment } from '../../components/moment'
import type { Instant } from '../../domain/events/parsed-event'
import type { LoginFailure } from '../../domain/timelines/account'

const SHOWN = 20

export function AccountLoginFailures({
  failures,
  now,
}: {
  failures: readonly LoginFailure[]
  now: Instant
}) {
  return (
    <section
      aria-labelledby="account-logins-heading"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="account-logins-heading" className="text-base font-semibold">
        Login failures
      </h2>
      {failures.length === 0 ? (
        <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
          No failed Connect Webview logins for this account in the events kept (7 days).
        </p>
      ) : (
        <ol className="mt-2 divide-y divide-zinc-100 text-sm dark:divide-zinc-800">
          {failures.slice(0, SHOWN).map((failure) => (
            <li key={failure.eventId} className="flex items-baseline gap-3 py-2">
              <span className="w-28 shrink-0 text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
                <Moment at={failure.at} now={now} />
              </span>
              <span>Sign-in failed in a Connect Webview</span>
              {failure.connectWebviewId !== undefined && (
                <code className="text-xs break-all text-zinc-500 dark:text-zinc-400">
                  {failure.connectWebviewId}
                </code>
              )}
            </li>
          ))}
        </ol>
      )}
      {failures.length > SHOWN && (
        <p className="mt-1 text-xs text-zinc-500 dark:text-zinc-400">
          {failures.length - SHOWN} older failures not shown.
        </p>
      )}
    </section>
  )
}
