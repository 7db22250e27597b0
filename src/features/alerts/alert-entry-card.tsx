// One row of the alert center: an alert, or an incident with its devices inside.
import { useId } from 'react'
import type { AlertStateChange } from '../../api/alert-state/apply-alert-state-change'
import type { AlertEntry } from '../../domain/alerts/alert-lists'
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import { AlertActions } from './alert-actions'
import { AlertSubjectLink } from './alert-subject-link'
import {
  INCIDENT_WORDS,
  RULE_WORDS,
  SEVERITY_TONES,
  SEVERITY_WORDS,
  ageWords,
  resolvedWords,
} from './alert-words'
import { HandlingNotes } from './handling-notes'
import { IncidentMembers } from './incident-members'

const META = 'flex flex-wrap items-center gap-x-2 gap-y-1 text-sm text-zinc-600 dark:text-zinc-400'
const LABEL = 'text-zinc-500 dark:text-zinc-500'

export function AlertEntryCard({
  entry,
  now,
  onChange,
}: {
  entry: AlertEntry
  now: Instant
  onChange: (change: AlertStateChange) => void
}) {
  const headingId = useId()
  const isIncident = entry.kind === 'incident'
  const { severity, title, openedAt, resolvedAt, subject } = isIncident
    ? entry.incident
    : entry.tracked.alert
  const handling = isIncident ? entry.handling : entry.tracked
  const cause = isIncident
    ? INCIDENT_WORDS[entry.incident.kind]
    : RULE_WORDS[entry.tracked.alert.rule]
  const why = isIncident
    ? resolvedAt === null
      ? undefined
      : 'every device is back'
    : entry.tracked.alert.resolvedBy?.why

  return (
    <article
      aria-labelledby={headingId}
      data-alert-id={entry.key}
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 sm:flex-row sm:items-start sm:justify-between dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex min-w-0 flex-1 flex-col gap-2">
        <div className="flex flex-wrap items-center gap-2">
          <StatusPill tone={SEVERITY_TONES[severity]}>{SEVERITY_WORDS[severity]}</StatusPill>
          {isIncident && (
            <span className="rounded bg-indigo-50 px-1.5 py-0.5 text-xs font-semibold tracking-wide text-indigo-800 uppercase dark:bg-indigo-400/10 dark:text-indigo-200">
              Incident
            </span>
          )}
          <h3 id={headingId} className="min-w-0 text-base font-semibold break-words">
            {title}
          </h3>
        </div>
        <p className={META}>
          <span>
            <span className={LABEL}>{isIncident ? 'Root cause: ' : 'Cause: '}</span>
            {cause}
          </span>
          <span aria-hidden="true">·</span>
          <span>
            <span className={LABEL}>{subject.kind === 'hub' ? 'Hub: ' : 'Subject: '}</span>
            <AlertSubjectLink subject={subject} />
          </span>
          <span aria-hidden="true">·</span>
          <span>
            {ageWords(openedAt, resolvedAt, now)} (<Moment at={openedAt} now={now} prefix="since" />
            )
          </span>
        </p>
        {resolvedAt !== null && (
          <p className="text-sm font-medium text-emerald-800 dark:text-emerald-300">
            {resolvedWords(resolvedAt, why, now)}
          </p>
        )}
        <HandlingNotes handling={handling} now={now} />
        {isIncident && (
          <IncidentMembers
            members={entry.members}
            hubId={entry.incident.subject.kind === 'hub' ? entry.incident.subject.id : undefined}
            now={now}
          />
        )}
      </div>
      <AlertActions targetId={entry.key} handling={handling} onChange={onChange} />
    </article>
  )
}
