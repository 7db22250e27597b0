// The four lists as tabs with their counts; arrow keys move between them, as tabs do.
import { useRef, type KeyboardEvent } from 'react'
import { ALERT_STATUSES, type AlertStatus } from '../../domain/alerts/alert-lists'
import { STATUS_WORDS } from './alert-words'

export function tabId(status: AlertStatus): string {
  return `alerts-tab-${status}`
}

export const PANEL_ID = 'alerts-panel'

export function AlertListTabs({
  selected,
  counts,
  onSelect,
}: {
  selected: AlertStatus
  counts: Readonly<Record<AlertStatus, number>>
  onSelect: (status: AlertStatus) => void
}) {
  const tabs = useRef(new Map<AlertStatus, HTMLButtonElement>())

  const onKeyDown = (event: KeyboardEvent) => {
    const index = ALERT_STATUSES.indexOf(selected)
    const last = ALERT_STATUSES.length - 1
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined
    if (next === undefined) return
    event.preventDefault()
    const status = ALERT_STATUSES[next]!
    onSelect(status)
    tabs.current.get(status)?.focus()
  }

  return (
    <div
      role="tablist"
      aria-label="Alert lists"
      className="flex flex-wrap gap-1 border-b border-zinc-200 dark:border-zinc-800"
    >
      {ALERT_STATUSES.map((status) => {
        const active = status === selected
        return (
          <button
            key={status}
            ref={(element) => {
              if (element === null) tabs.current.delete(status)
              else tabs.current.set(status, element)
            }}
            id={tabId(status)}
            type="button"
            role="tab"
            aria-selected={active}
            aria-controls={PANEL_ID}
            tabIndex={active ? 0 : -1}
            onClick={() => onSelect(status)}
            onKeyDown={onKeyDown}
            className={`-mb-px flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium focus-visible:outline-2 focus-visible:outline-indigo-500 ${
              active
                ? 'border-indigo-600 text-zinc-900 dark:border-indigo-400 dark:text-zinc-100'
                : 'border-transparent text-zinc-500 hover:text-zinc-800 dark:text-zinc-400 dark:hover:text-zinc-200'
            }`}
          >
            {STATUS_WORDS[status]}
            <span
              className={`rounded-full px-1.5 text-xs tabular-nums ${
                status === 'open' && counts.open > 0
                  ? 'bg-red-600 text-white dark:bg-red-500'
                  : 'bg-zinc-100 text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300'
              }`}
            >
              {counts[status]}
            </span>
          </button>
        )
      })}
    </div>
  )
}
