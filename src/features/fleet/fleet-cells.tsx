// The cells of one device row: name and kind, account, connectivity with time in state, battery, lock, last event, alerts.
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { BatteryBadge } from '../../components/status-badge'
import { StatusPill } from '../../components/status-pill'
import { connectivityWords, lockWords } from '../../components/status-words'
import type { Instant } from '../../domain/events/parsed-event'
import { formatDuration, formatTimestamp } from '../../lib/format-time'
import type { FleetDeviceRow } from './fleet-view'
import type { FleetColumnId } from './fleet-url-state'
import { RowTime } from './row-time'

const MUTED = 'text-xs text-zinc-500 dark:text-zinc-400'
const LINK =
  'rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500'

const SEVERITY_TEXT = {
  critical: 'text-red-700 dark:text-red-400',
  warning: 'text-amber-800 dark:text-amber-300',
  info: 'text-zinc-800 dark:text-zinc-200',
} as const

const ALERT_PILL = {
  critical: 'bg-red-600 text-white dark:bg-red-500/90',
  warning:
    'bg-amber-100 text-amber-900 ring-1 ring-amber-600/30 dark:bg-amber-400/15 dark:text-amber-200',
  info: 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300',
} as const

// Short enough to sit beside the time in state; the pill's row already says "Offline".
const OFFLINE_CAUSE = {
  account_disconnected: 'account down',
  hub_disconnected: 'hub down',
  device_disconnected: 'device down',
} as const

export function devicePath(deviceId: string): string {
  return `/devices/${encodeURIComponent(deviceId)}`
}

export function accountPath(accountId: string): string {
  return `/accounts/${encodeURIComponent(accountId)}`
}

function NameCell({ row }: { row: FleetDeviceRow }) {
  return (
    <Link
      to={devicePath(row.deviceId)}
      title={row.name}
      className={`${LINK} block truncate font-medium text-zinc-900 dark:text-zinc-100`}
    >
      {row.name}
    </Link>
  )
}

function KindCell({ row }: { row: FleetDeviceRow }) {
  return (
    <div className="min-w-0">
      <span className="block truncate text-zinc-800 dark:text-zinc-200">{row.kind}</span>
      {row.model !== undefined && (
        <span className={`${MUTED} block truncate`} title={row.model}>
          {row.model}
        </span>
      )}
    </div>
  )
}

function AccountCell({ row }: { row: FleetDeviceRow }) {
  if (row.accountId === undefined) return <span className={MUTED}>{row.accountName}</span>
  return (
    <Link
      to={accountPath(row.accountId)}
      title={row.accountName}
      className={`${LINK} block truncate text-zinc-800 dark:text-zinc-200`}
    >
      {row.accountName}
    </Link>
  )
}

function ConnectivityCell({ row, now }: { row: FleetDeviceRow; now: Instant }) {
  if (!row.listed) {
    return (
      <div className="flex flex-col items-start gap-1">
        <StatusPill tone="neutral">Removed</StatusPill>
        <span className={MUTED}>not in Seam’s list</span>
      </div>
    )
  }
  const connectivity = row.connectivity
  const words = connectivityWords(connectivity)
  const since = connectivity.since
  return (
    <div className="flex min-w-0 flex-col items-start gap-1">
      <StatusPill tone={words.tone}>{words.label}</StatusPill>
      <span className={`${MUTED} max-w-full truncate`}>
        {connectivity.state === 'offline' &&
          connectivity.reason !== undefined &&
          connectivity.reason !== 'unknown' &&
          `${OFFLINE_CAUSE[connectivity.reason]} · `}
        {since === undefined ? (
          connectivity.state === 'unknown' ? (
            words.detail
          ) : (
            'as Seam lists it'
          )
        ) : (
          <time dateTime={new Date(since).toISOString()} title={`since ${formatTimestamp(since)}`}>
            for {formatDuration(now - since)}
          </time>
        )}
      </span>
    </div>
  )
}

function LockCell({ row, now }: { row: FleetDeviceRow; now: Instant }) {
  if (!row.isLock) return <span className={MUTED}>Not a lock</span>
  const words = lockWords(row.lock)
  const at = row.lock.at
  return (
    <div className="flex min-w-0 flex-col items-start gap-1">
      <StatusPill tone={words.tone}>{words.label}</StatusPill>
      {(words.detail !== undefined || at !== undefined) && (
        <span className={`${MUTED} max-w-full truncate`} title={words.detail}>
          {words.detail}
          {words.detail !== undefined && at !== undefined && ' · '}
          {at !== undefined && <RowTime at={at} now={now} />}
        </span>
      )}
    </div>
  )
}

function LastEventCell({ row, now }: { row: FleetDeviceRow; now: Instant }) {
  const last = row.lastEvent
  if (last === undefined) return <span className={MUTED}>No events kept</span>
  return (
    <div className="min-w-0">
      <span
        className={`block truncate ${SEVERITY_TEXT[last.severity ?? 'info']}`}
        title={last.text}
      >
        {last.text}
      </span>
      <span className={MUTED}>
        <RowTime at={last.at} now={now} />
      </span>
    </div>
  )
}

function AlertsCell({ row }: { row: FleetDeviceRow }) {
  const alerts = row.alerts
  if (alerts === undefined) return <span className={MUTED}>None</span>
  const words = `${alerts.count} open ${alerts.count === 1 ? 'alert' : 'alerts'}`
  return (
    <Link
      to={`/alerts?subject=${encodeURIComponent(row.deviceId)}`}
      // The row names the device; the link's own name stays short so it never passes for it.
      aria-label={words}
      className={`${LINK} inline-flex items-center rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ${ALERT_PILL[alerts.severity]}`}
    >
      {alerts.count} open
    </Link>
  )
}

export function FleetCell({
  column,
  row,
  now,
}: {
  column: FleetColumnId
  row: FleetDeviceRow
  now: Instant
}): ReactNode {
  switch (column) {
    case 'name':
      return <NameCell row={row} />
    case 'kind':
      return <KindCell row={row} />
    case 'account':
      return <AccountCell row={row} />
    case 'connectivity':
      return <ConnectivityCell row={row} now={now} />
    case 'battery':
      return row.listed ? <BatteryBadge battery={row.battery} /> : null
    case 'lock':
      return <LockCell row={row} now={now} />
    case 'lastEvent':
      return <LastEventCell row={row} now={now} />
    case 'alerts':
      return <AlertsCell row={row} />
    default:
      column satisfies never
      return null
  }
}
