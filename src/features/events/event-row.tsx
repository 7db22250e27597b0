// One event in the explorer's list: a button summarising it, and its details below once opened.
import { memo, type KeyboardEvent } from 'react'
import { StatusPill } from '../../components/status-pill'
import { describeEvent } from '../../domain/events/describe-event'
import type { ParsedEvent, Severity } from '../../domain/events/parsed-event'
import { EventDetails } from './event-details'
import { eventAccountName, eventDeviceName, type NameBook } from '../../domain/events/event-names'
import { formatEventTime } from './event-time'

/** Shared with the header so columns line up. */
export const ROW_GRID =
  'grid grid-cols-[9rem_6rem_minmax(0,1fr)_11rem] gap-x-4 lg:grid-cols-[9rem_6rem_minmax(0,1fr)_12rem_11rem]'

const SEVERITY_TONE = { critical: 'critical', warning: 'warning', info: 'neutral' } as const
const SEVERITY_WORD: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
}

export interface EventRowProps {
  readonly event: ParsedEvent
  readonly index: number
  readonly names: NameBook
  readonly open: boolean
  readonly onToggle: (id: string) => void
  readonly onKeyDown: (event: KeyboardEvent<HTMLButtonElement>, index: number) => void
  /** Whether Tab stops here; the others are reached with the arrow keys. */
  readonly tabbable: boolean
  readonly onFocus: (index: number) => void
}

export const EventRow = memo(function EventRow({
  event,
  index,
  names,
  open,
  onToggle,
  onKeyDown,
  tabbable,
  onFocus,
}: EventRowProps) {
  const deviceName = eventDeviceName(event, names)
  const accountName = eventAccountName(event, names)
  const detailsId = `event-details-${index}`
  return (
    <div className="border-b border-zinc-100 dark:border-zinc-800/70">
      <button
        type="button"
        data-row-index={index}
        tabIndex={tabbable ? 0 : -1}
        onFocus={() => onFocus(index)}
        aria-expanded={open}
        aria-controls={open ? detailsId : undefined}
        onClick={() => onToggle(event.id)}
        onKeyDown={(keyEvent) => onKeyDown(keyEvent, index)}
        className={`${ROW_GRID} w-full px-4 py-2.5 text-left text-sm hover:bg-zinc-50 focus-visible:bg-indigo-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-500 dark:hover:bg-zinc-800/60 dark:focus-visible:bg-indigo-500/10 ${open ? 'bg-zinc-50 dark:bg-zinc-800/60' : ''}`}
      >
        <span className="flex items-start gap-1.5 text-zinc-600 tabular-nums dark:text-zinc-400">
          <span aria-hidden="true" className="w-3 text-zinc-400 dark:text-zinc-500">
            {open ? '▾' : '▸'}
          </span>
          <time
            dateTime={event.occurredAt === 0 ? undefined : new Date(event.occurredAt).toISOString()}
          >
            {formatEventTime(event.occurredAt)}
          </time>
        </span>
        <span>
          {event.severity === undefined ? (
            <span className="text-xs text-zinc-400 dark:text-zinc-500">Routine</span>
          ) : (
            <StatusPill tone={SEVERITY_TONE[event.severity]}>
              {SEVERITY_WORD[event.severity]}
            </StatusPill>
          )}
        </span>
        <span className="min-w-0">
          <span className="flex items-start gap-2">
            {event.status !== 'known' && (
              <StatusPill tone={event.status === 'invalid' ? 'critical' : 'neutral'}>
                {event.status === 'invalid' ? 'Invalid' : 'Unknown type'}
              </StatusPill>
            )}
            <span className="line-clamp-2 min-w-0 break-words text-zinc-900 dark:text-zinc-100">
              {describeEvent(event, { deviceName, accountName })}
            </span>
          </span>
          <span className="block truncate font-mono text-xs text-zinc-500 dark:text-zinc-400">
            {event.type === '' ? '(no type)' : event.type}
          </span>
        </span>
        <span className="line-clamp-2 break-words text-zinc-700 dark:text-zinc-300">
          {deviceName ?? event.deviceId ?? '—'}
        </span>
        <span className="hidden min-w-0 lg:block">
          <span className="line-clamp-2 break-words text-zinc-700 dark:text-zinc-300">
            {accountName ?? event.connectedAccountId ?? '—'}
          </span>
        </span>
      </button>
      {open && <EventDetails id={detailsId} event={event} names={names} />}
    </div>
  )
})
