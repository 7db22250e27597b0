// useAlertAttention(): open alerts nobody has acknowledged or snoozed, counted for badges.
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { worseSeverity } from '../../domain/alerts/alert'
import { alertsNeedingAttention, type AlertLists } from '../../domain/alerts/alert-lists'
import type { Severity } from '../../domain/events/parsed-event'
import { alertListsOf, alertsQuery, type ServedAlert } from '../live/alerts-read-model'
import { useLiveStream } from '../live/use-live-stream'

export interface AlertBadge {
  readonly count: number
  /** The gravest open alert's severity. */
  readonly severity: Severity
}

export interface AlertAttention {
  /** The rows of the alert center's Open list (an incident counts once), gravest severity. */
  readonly total: AlertBadge
  /** Open alerts about each device still needing someone. */
  readonly byDevice: ReadonlyMap<string, AlertBadge>
  /** Likewise per account, its devices' alerts included. */
  readonly byAccount: ReadonlyMap<string, AlertBadge>
}

function bump(badges: Map<string, AlertBadge>, key: string, severity: Severity): void {
  const badge = badges.get(key)
  badges.set(
    key,
    badge === undefined
      ? { count: 1, severity }
      : { count: badge.count + 1, severity: worseSeverity(badge.severity, severity) },
  )
}

/** Badges of the Open list: the server already left out acknowledged and snoozed alerts. */
export function attentionOf(lists: Pick<AlertLists, 'open'>): AlertAttention {
  const byDevice = new Map<string, AlertBadge>()
  const byAccount = new Map<string, AlertBadge>()
  let severity: Severity = 'info'
  for (const entry of lists.open) {
    severity = worseSeverity(
      severity,
      entry.kind === 'alert' ? entry.tracked.alert.severity : entry.incident.severity,
    )
  }
  for (const alert of alertsNeedingAttention({
    ...lists,
    snoozed: [],
    acknowledged: [],
    resolved: [],
  })) {
    // Alerts come from the server's read model, which names each subject's account.
    const { accountId } = alert as ServedAlert
    if (alert.subject.kind === 'device') bump(byDevice, alert.subject.id, alert.severity)
    if (accountId !== null && accountId !== undefined) bump(byAccount, accountId, alert.severity)
  }
  return { total: { count: lists.open.length, severity }, byDevice, byAccount }
}

/** Undefined until the server's open alerts arrived. */
export function useAlertAttention(): AlertAttention | undefined {
  const live = useLiveStream()
  const open = useQuery(alertsQuery(['open'], live.pollMs))
  const model = open.data
  return useMemo(
    () => (model === undefined ? undefined : attentionOf(alertListsOf(model))),
    [model],
  )
}
