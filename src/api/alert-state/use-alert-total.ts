// useAlertTotal(): how many entries the alert center's Open list holds, and the gravest of them.
import { useQuery } from '@tanstack/react-query'
import type { Severity } from '../../domain/events/parsed-event'
import { alertsQuery, type AlertsReadModel } from '../live/alerts-read-model'
import { useLiveStream } from '../live/use-live-stream'

export interface AlertBadge {
  readonly count: number
  /** The gravest open alert's severity. */
  readonly severity: Severity
}

/** The Open list's badge: the server leaves out acknowledged and snoozed alerts already. */
export function openBadge(model: AlertsReadModel): AlertBadge {
  return { count: model.counts.open ?? 0, severity: model.severities.open ?? 'info' }
}

/** Undefined until the server answered. Counts only: the entries are not fetched. */
export function useAlertTotal(): AlertBadge | undefined {
  const live = useLiveStream()
  const open = useQuery(alertsQuery(['open'], live.pollMs, 0))
  return open.data === undefined ? undefined : openBadge(open.data)
}
