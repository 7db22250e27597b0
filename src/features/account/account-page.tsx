// The account view: its link to the provider over time, its devices, and failed Connect logins.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link, useParams } from 'react-router'
import { accountQuery } from '../../api/live/account-read-model'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { accountChangeKey } from '../../api/live/fleet-row-status'
import { liveRangeFrom } from '../../api/live/range-request'
import { useLiveStream } from '../../api/live/use-live-stream'
import { ProxyHttpError } from '../../api/proxy-error'
import { StatusPill } from '../../components/status-pill'
import { useNow } from '../../lib/use-now'
import { AccountDevices } from './account-devices'
import { AccountHistory } from './account-history'
import { AccountLoginFailures } from './account-login-failures'
import { accountStateWords, accountViewOf, type AccountView } from './account-view-model'
import { ACCOUNT_STATE_TONES } from './account-tones'

const WEEK = 7 * 86_400_000

export function AccountPage() {
  const { accountId = '' } = useParams()
  const now = useNow(30_000)
  const { pollMs } = useLiveStream()
  // The stream patches this one shared entry; the account's roll-up and device rows in it say
  // when to ask again.
  const fleet = useQuery(fleetQuery(pollMs))
  const changeKey = useMemo(() => accountChangeKey(fleet.data, accountId), [fleet.data, accountId])
  // The fleet has a roll-up for every account the server knows: without one, asking would 404.
  const unknown =
    fleet.data !== undefined &&
    !fleet.data.accounts.some((account) => account.connected_account_id === accountId)
  const answer = useQuery({
    ...accountQuery({ accountId, from: liveRangeFrom(WEEK, now) }, changeKey, pollMs),
    // Asked once the fleet has answered (or failed), so the first key is not replaced at once.
    enabled: fleet.status !== 'pending' && !unknown,
  })
  const window = useMemo(() => ({ from: now - WEEK, to: now }), [now])
  const view = useMemo(
    () => (answer.data === undefined ? undefined : accountViewOf(answer.data, window, now)),
    [answer.data, window, now],
  )

  if (unknown) return <AccountNotFound accountId={accountId} />
  if (view === undefined) {
    const { error } = answer
    if (error instanceof ProxyHttpError && error.status === 404)
      return <AccountNotFound accountId={accountId} />
    if (error !== null) {
      return (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The connected account could not be loaded: {error.message}
        </p>
      )
    }
    return (
      <div
        role="status"
        aria-busy="true"
        aria-label="Loading the account"
        className="flex flex-col gap-4"
      >
        <span className="sr-only">Loading the account…</span>
        {['h-28', 'h-40', 'h-64'].map((height) => (
          <div
            key={height}
            aria-hidden="true"
            className={`${height} animate-pulse rounded-lg bg-zinc-200 dark:bg-zinc-800`}
          />
        ))}
      </div>
    )
  }
  return <AccountContent view={view} now={now} window={window} />
}

function AccountNotFound({ accountId }: { accountId: string }) {
  return (
    <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
      <title>Unknown account · Doorboard</title>
      <h1 className="text-lg font-semibold">No connected account with this id</h1>
      <p className="mx-auto mt-2 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">
        Neither Seam&apos;s account list nor the events kept know{' '}
        <code className="font-mono break-all">{accountId}</code>.
      </p>
      <Link
        to="/"
        className="mt-4 inline-block rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
      >
        Back to the fleet
      </Link>
    </div>
  )
}

function AccountContent({
  view,
  now,
  window,
}: {
  view: AccountView
  now: number
  window: { from: number; to: number }
}) {
  return (
    <div className="flex flex-col gap-4">
      <title>{`${view.name} · Doorboard`}</title>
      <section
        aria-label="Account summary"
        className="rounded-lg border border-zinc-200 bg-white p-5 dark:border-zinc-800 dark:bg-zinc-900"
      >
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="min-w-0">
            <p className="text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400">
              Connected account{view.provider !== undefined && ` · ${view.provider}`}
            </p>
            <h1 className="mt-1 truncate text-2xl font-semibold tracking-tight">{view.name}</h1>
            <p className="mt-1 font-mono text-xs break-all text-zinc-500">{view.id}</p>
          </div>
          <div className="flex flex-col items-end gap-1">
            <StatusPill tone={ACCOUNT_STATE_TONES[view.state]}>
              {accountStateWords(view.state)}
            </StatusPill>
            <span className="text-sm text-zinc-600 dark:text-zinc-300">
              {view.alerts.length === 0
                ? 'No open account alerts'
                : `${view.alerts.length} open account ${view.alerts.length === 1 ? 'alert' : 'alerts'}`}
            </span>
          </div>
        </div>
        {view.alerts.length > 0 && (
          <ul className="mt-3 flex flex-col gap-1 text-sm">
            {view.alerts.map((alert) => (
              <li key={alert.id} className="flex items-baseline gap-2">
                <StatusPill tone={alert.severity === 'critical' ? 'critical' : 'warning'}>
                  {alert.severity}
                </StatusPill>
                {alert.title}
              </li>
            ))}
          </ul>
        )}
        {view.issues.length > 0 && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
            Seam reports: {view.issues.join('; ')}
          </p>
        )}
        {view.removed && (
          <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
            This account is no longer in Seam&apos;s account list. Its page is drawn from the events
            still kept.
          </p>
        )}
      </section>
      <AccountHistory view={view} now={now} window={window} />
      <AccountDevices devices={view.devices} now={now} />
      <AccountLoginFailures failures={view.loginFailures} now={now} />
    </div>
  )
}
