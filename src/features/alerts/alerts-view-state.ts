// What the alert center can show right now: loading, the lists, or why not; from the URL's values.
import { ALERT_STATUSES, type AlertStatus } from '../../domain/alerts/alert-lists'

export function parseListParam(value: string): AlertStatus {
  return (ALERT_STATUSES as readonly string[]).includes(value) ? (value as AlertStatus) : 'open'
}

const EMPTY_WORDS: Readonly<Record<AlertStatus, string>> = {
  open: 'Nothing needs attention: every alert is resolved, acknowledged or snoozed.',
  snoozed: 'No alert is snoozed.',
  acknowledged: 'No open alert is acknowledged.',
  resolved: 'No alert has resolved in the events kept in memory.',
}

/** What an empty list says; with a subject filter, about that subject. */
export function emptyListWords(status: AlertStatus, filtered: boolean): string {
  if (!filtered) return EMPTY_WORDS[status]
  return status === 'open'
    ? 'Nothing about this needs attention.'
    : `No ${status} alert about this.`
}
