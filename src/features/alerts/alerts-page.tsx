// The alert center: open, snoozed, acknowledged and resolved alerts; incidents hold their devices.
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { AlertStateChange } from '../../api/alert-state/apply-alert-state-change'
import {
  ALERT_STATUSES,
  entryConcerns,
  type AlertEntry,
  type AlertStatus,
} from '../../domain/alerts/alert-lists'
import { useAlertStateChange } from '../../api/alert-state/use-alert-state-change'
import { alertListsOf, alertsQuery } from '../../api/live/alerts-read-model'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { useLiveStream } from '../../api/live/use-live-stream'
import { describeFailure } from '../../api/proxy-error'
import { ProblemBanner } from '../../components/problem-banner'
import { useNow } from '../../lib/use-now'
import { useSearchParam } from '../../lib/use-search-param'
import { AlertEntryCard } from './alert-entry-card'
import { AlertListTabs, PANEL_ID, tabId } from './alert-list-tabs'
import { emptyListWords, parseListParam } from './alerts-view-state'

const PAGE_SIZE = 50

const DONE_WORDS: Readonly<Record<AlertStateChange['kind'], string>> = {
  acknowledge: 'Acknowledged',
  unacknowledge: 'Acknowledgement undone',
  snooze: 'Snoozed',
  unsnooze: 'Snooze ended',
}

export function AlertsPage() {
  // The server joins the alerts with who acknowledged or snoozed them; the stream keeps it live.
  const live = useLiveStream()
  const alerts = useQuery(alertsQuery(ALERT_STATUSES, live.pollMs))
  const fleet = useQuery(fleetQuery(live.pollMs))
  const change = useAlertStateChange()
  const now = useNow(15_000)
  const [listParam, setListParam] = useSearchParam('list', 'open')
  const [subject, setSubject] = useSearchParam('subject')
  const [announcement, setAnnouncement] = useState('')
  const list = parseListParam(listParam)

  // A subject filter on an account covers the account's devices too, as its badge does.
  const subjectIds = useMemo(() => {
    if (subject === '') return undefined
    const ids = new Set([subject])
    for (const row of fleet.data?.devices ?? []) {
      if (row.connected_account_id === subject) ids.add(row.device_id)
    }
    return ids
  }, [subject, fleet.data])
  const subjectName = useMemo(() => {
    if (subject === '') return ''
    const device = fleet.data?.devices.find((d) => d.device_id === subject)
    if (device !== undefined) return device.name
    const account = fleet.data?.accounts.find((a) => a.connected_account_id === subject)
    return account === undefined ? subject : account.name
  }, [subject, fleet.data])

  const model = alerts.data
  const lists = useMemo(() => (model === undefined ? undefined : alertListsOf(model)), [model])
  const shown = useMemo(() => {
    if (lists === undefined) return undefined
    const filter = (entries: readonly AlertEntry[]) =>
      subjectIds === undefined ? entries : entries.filter((e) => entryConcerns(e, subjectIds))
    const result = {} as Record<AlertStatus, readonly AlertEntry[]>
    for (const status of ALERT_STATUSES) result[status] = filter(lists[status])
    return result
  }, [lists, subjectIds])

  const ready = shown !== undefined

  const onChange = (title: string) => (next: AlertStateChange) => {
    setAnnouncement('')
    change.mutate(next, {
      onSuccess: () => setAnnouncement(`${DONE_WORDS[next.kind]}: ${title}`),
    })
  }

  return (
    <div className="flex flex-col gap-5">
      <title>Alerts · Doorboard</title>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight">Alerts</h1>
        <p className="text-sm text-zinc-500 dark:text-zinc-400">
          Acknowledgements and snoozes are shared with everyone using this dashboard.
        </p>
      </div>

      <p role="status" className="sr-only">
        {announcement}
      </p>
      {change.isError && (
        <ProblemBanner tone="critical" title="That change was not saved">
          <p>{describeFailure(change.error)}</p>
          <button
            type="button"
            className="mt-2 text-sm font-medium underline underline-offset-2"
            onClick={() => change.reset()}
          >
            Dismiss
          </button>
        </ProblemBanner>
      )}
      {alerts.isError && (
        <ProblemBanner
          tone="warning"
          title={
            alerts.data === undefined ? 'Alerts could not be loaded' : 'Alerts may be out of date'
          }
        >
          {describeFailure(alerts.error)}
        </ProblemBanner>
      )}

      {subject !== '' && (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span>
            Only alerts about <strong className="font-semibold">{subjectName}</strong>
          </span>
          <button
            type="button"
            className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            onClick={() => setSubject('')}
          >
            Show all alerts
          </button>
        </p>
      )}

      {!ready ? (
        <p className="rounded-lg border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-500 dark:border-zinc-700 dark:text-zinc-400">
          Loading alerts…
        </p>
      ) : (
        <>
          <AlertListTabs
            selected={list}
            counts={{
              open: shown.open.length,
              snoozed: shown.snoozed.length,
              acknowledged: shown.acknowledged.length,
              resolved: shown.resolved.length,
            }}
            onSelect={(status) => setListParam(status)}
          />
          <div id={PANEL_ID} role="tabpanel" aria-labelledby={tabId(list)}>
            <AlertEntryList
              key={`${list}:${subject}`}
              entries={shown[list]}
              empty={emptyListWords(list, subject !== '')}
              now={now}
              onChange={onChange}
            />
          </div>
        </>
      )}
    </div>
  )
}

function AlertEntryList({
  entries,
  empty,
  now,
  onChange,
}: {
  entries: readonly AlertEntry[]
  empty: string
  now: number
  onChange: (title: string) => (change: AlertStateChange) => void
}) {
  const [limit, setLimit] = useState(PAGE_SIZE)
  if (entries.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 px-6 py-10 text-center text-sm text-zinc-600 dark:border-zinc-700 dark:text-zinc-400">
        {empty}
      </p>
    )
  }
  return (
    <div className="flex flex-col gap-3 pt-1">
      <ul className="flex flex-col gap-3">
        {entries.slice(0, limit).map((entry) => (
          <li key={entry.key}>
            <AlertEntryCard
              entry={entry}
              now={now}
              onChange={onChange(
                entry.kind === 'alert' ? entry.tracked.alert.title : entry.incident.title,
              )}
            />
          </li>
        ))}
      </ul>
      {entries.length > limit && (
        <button
          type="button"
          className="self-center rounded-md px-3 py-1.5 text-sm font-medium ring-1 ring-zinc-300 hover:bg-zinc-100 dark:ring-zinc-700 dark:hover:bg-zinc-800"
          onClick={() => setLimit((current) => current + PAGE_SIZE)}
        >
          Show {Math.min(PAGE_SIZE, entries.length - limit)} more of {entries.length - limit}
        </button>
      )}
    </div>
  )
}
