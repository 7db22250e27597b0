// An opened event: its ids and times, links to its device and account, and the payload as JSON.
import { useMemo } from 'react'
import { Link } from 'react-router'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import {
  eventAccountId,
  eventAccountName,
  eventDeviceName,
  type NameBook,
} from '../../domain/events/event-names'
import { formatEventJson } from './event-json'

const TERM = 'text-xs font-medium text-zinc-500 dark:text-zinc-400'
const VALUE = 'min-w-0 font-mono text-xs break-all text-zinc-800 dark:text-zinc-200'
const LINK =
  'text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:text-indigo-900 dark:text-indigo-300 dark:decoration-indigo-500 dark:hover:text-indigo-200'

function iso(at: number): string {
  return at === 0 ? 'unknown' : new Date(at).toISOString()
}

export function EventDetails({
  id,
  event,
  names,
}: {
  id: string
  event: ParsedEvent
  names: NameBook
}) {
  // Only the opened row pays for stringifying its payload.
  const json = useMemo(() => formatEventJson(event.raw), [event.raw])
  const accountId = eventAccountId(event, names)
  const deviceName = eventDeviceName(event, names)
  const accountName = eventAccountName(event, names)
  return (
    <div
      id={id}
      className="grid gap-4 bg-zinc-50 px-4 pt-2 pb-4 lg:grid-cols-[minmax(0,20rem)_minmax(0,1fr)] dark:bg-zinc-800/40"
    >
      <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] content-start gap-x-3 gap-y-1.5">
        {event.reason !== undefined && (
          <>
            <dt className={TERM}>Problem</dt>
            <dd className="text-xs text-red-700 dark:text-red-400">{event.reason}</dd>
          </>
        )}
        <dt className={TERM}>Event id</dt>
        <dd className={VALUE}>{event.id}</dd>
        <dt className={TERM}>Occurred</dt>
        <dd className={VALUE}>{iso(event.occurredAt)}</dd>
        <dt className={TERM}>Recorded</dt>
        <dd className={VALUE}>{iso(event.createdAt)}</dd>
        {event.deviceId !== undefined && (
          <>
            <dt className={TERM}>Device</dt>
            <dd className="min-w-0 text-xs break-words">
              <Link to={`/devices/${encodeURIComponent(event.deviceId)}`} className={LINK}>
                {deviceName ?? event.deviceId}
              </Link>
            </dd>
          </>
        )}
        {accountId !== undefined && (
          <>
            <dt className={TERM}>Account</dt>
            <dd className="min-w-0 text-xs break-words">
              <Link to={`/accounts/${encodeURIComponent(accountId)}`} className={LINK}>
                {accountName ?? accountId}
              </Link>
            </dd>
          </>
        )}
      </dl>
      <div className="min-w-0">
        <h3 className={TERM}>Payload as Seam sent it (PINs removed)</h3>
        <pre
          aria-label="Event payload JSON"
          className="mt-1 max-h-80 overflow-auto rounded-md border border-zinc-200 bg-white p-3 font-mono text-xs leading-relaxed text-zinc-800 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-200"
        >
          {json}
        </pre>
      </div>
    </div>
  )
}
