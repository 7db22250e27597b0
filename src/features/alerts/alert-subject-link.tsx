// The device, account or hub an alert is about, as a link to its page when it has one.
import { Link } from 'react-router'
import type { AlertSubject, IncidentSubject } from '../../domain/alerts/alert'

const LINK = 'font-medium text-indigo-700 underline-offset-2 hover:underline dark:text-indigo-300'

export function AlertSubjectLink({ subject }: { subject: AlertSubject | IncidentSubject }) {
  switch (subject.kind) {
    case 'device':
    case 'hub':
      return (
        <Link to={`/devices/${encodeURIComponent(subject.id)}`} className={LINK}>
          {subject.name}
        </Link>
      )
    case 'account':
      return (
        <Link to={`/accounts/${encodeURIComponent(subject.id)}`} className={LINK}>
          {subject.name}
        </Link>
      )
    case 'workspace':
      return <span className="font-medium">Workspace ({subject.name})</span>
    default:
      return subject satisfies never
  }
}
