// Account disconnected: every device of the account goes dark until its owner signs in again.
import type { EventIssue } from '../../events/parsed-event'
import { formatDuration } from '../alert-words'
import { pairedRule } from './paired-rule'
import { endTime } from './rule-input'

export const accountDisconnectedAlerts = pairedRule({
  rule: 'account_disconnected',
  opens: { 'connected_account.disconnected': 'critical' },
  closes: {
    'connected_account.connected': 'account connected again',
    'connected_account.successful_login': 'account signed in again',
    'connected_account.completed_first_sync_after_reconnection':
      'account synced after reconnecting',
    // Nobody will reconnect a deleted account; its alert would stay open forever.
    'connected_account.deleted': 'account was deleted',
  },
  title: (subject, episode, end, { now }) => {
    const duration = formatDuration(endTime(end, now) - episode.opening.occurredAt)
    const verb = end === undefined ? 'disconnected' : 'was disconnected'
    return `Account '${subject.name}' ${verb} for ${duration}${issueWords(episode.opening.details?.accountErrors)}`
  },
})

function issueWords(issues: readonly EventIssue[] | undefined): string {
  const first = issues?.[0]
  if (first === undefined) return ''
  const words =
    first.message ?? (first.code === 'unknown' ? undefined : first.code.replaceAll('_', ' '))
  return words === undefined ? '' : `: ${words.slice(0, 120)}`
}
