// The devices an incident took down, listed inside it with where each one stands.
import type { TrackedAlert } from '../../domain/alerts/alert-lists'
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import { AlertSubjectLink } from './alert-subject-link'

export function IncidentMembers({
  members,
  hubId,
  now,
}: {
  members: readonly TrackedAlert[]
  /** The hub whose outage this is, when it is one: its own alert is the cause, listed first. */
  hubId: string | undefined
  now: Instant
}) {
  if (members.length === 0) return null
  const ordered = [
    ...members.filter((member) => member.alert.subject.id === hubId),
    ...members.filter((member) => member.alert.subject.id !== hubId),
  ]
  const behind = members.filter((member) => member.alert.subject.id !== hubId)
  const hasHub = behind.length < members.length
  const down = behind.filter((member) => member.alert.resolvedAt === null).length
  return (
    <details
      className="group rounded-md border border-zinc-200 dark:border-zinc-700"
      open={members.length <= 8}
    >
      <summary className="cursor-pointer px-3 py-1.5 text-sm font-medium text-zinc-700 dark:text-zinc-300">
        Affected: {behind.length} {behind.length === 1 ? 'device' : 'devices'}
        {hasHub && ' and the hub'}
        {down > 0 && down < behind.length && ` (${down} still down)`}
      </summary>
      <ul className="divide-y divide-zinc-100 border-t border-zinc-200 dark:divide-zinc-800 dark:border-zinc-700">
        {ordered.map(({ alert }) => (
          <li
            key={alert.id}
            className="flex flex-wrap items-center gap-x-3 gap-y-1 px-3 py-1.5 text-sm"
          >
            <AlertSubjectLink subject={alert.subject} />
            {alert.subject.id === hubId && (
              <span className="text-xs font-medium text-zinc-500 dark:text-zinc-400">(hub)</span>
            )}
            {alert.resolvedAt === null ? (
              <StatusPill tone="critical">
                Down <Moment at={alert.openedAt} now={now} prefix="since" />
              </StatusPill>
            ) : (
              <StatusPill tone="good">
                Back <Moment at={alert.resolvedAt} now={now} prefix="at" />
              </StatusPill>
            )}
            <span className="text-xs text-zinc-500 dark:text-zinc-400">{alert.title}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}
