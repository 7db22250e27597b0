// Alert counts as badges (the navigation's): open alerts nobody has acknowledged or snoozed yet,
// coloured by the gravest, always said in words too.
import { useAlertTotal, type AlertBadge } from '../api/alert-state/use-alert-total'
import type { Severity } from '../domain/events/parsed-event'
import { PILL_CLASSES, type Tone } from './tone'

const SEVERITY_TONES: Readonly<Record<Severity, Tone>> = {
  critical: 'critical',
  warning: 'warning',
  info: 'neutral',
}

const COUNT_CLASSES: Readonly<Record<Tone, string>> = {
  critical: 'bg-red-600 text-white dark:bg-red-500 dark:text-white',
  warning: 'bg-amber-400 text-amber-950 dark:bg-amber-400 dark:text-amber-950',
  neutral: 'bg-zinc-200 text-zinc-800 dark:bg-zinc-700 dark:text-zinc-100',
  good: 'bg-emerald-600 text-white',
}

function describeBadge(badge: AlertBadge): string {
  const alerts = badge.count === 1 ? '1 open alert' : `${badge.count} open alerts`
  return `${alerts} not acknowledged or snoozed; the gravest is ${badge.severity}`
}

/**
 * The badge itself, from a count. `compact` is a bare number for tight places (the navigation);
 * otherwise it reads "2 alerts". Nothing is drawn for zero.
 */
export function AlertCountBadge({
  badge,
  compact = false,
}: {
  badge: AlertBadge | undefined
  compact?: boolean
}) {
  if (badge === undefined || badge.count === 0) return null
  const tone = SEVERITY_TONES[badge.severity]
  const description = describeBadge(badge)
  if (compact) {
    return (
      <span
        title={description}
        className={`inline-grid h-5 min-w-5 place-items-center rounded-full px-1.5 text-xs font-semibold tabular-nums ${COUNT_CLASSES[tone]}`}
      >
        <span aria-hidden="true">{badge.count}</span>
        <span className="sr-only">{`, ${description}`}</span>
      </span>
    )
  }
  return (
    <span
      title={description}
      className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${PILL_CLASSES[tone]}`}
    >
      <span aria-hidden="true">
        {badge.count} {badge.count === 1 ? 'alert' : 'alerts'}
      </span>
      <span className="sr-only">{description}</span>
    </span>
  )
}

/** The count of the alert center's Open list, for the navigation. */
export function AlertTotalBadge() {
  return <AlertCountBadge badge={useAlertTotal()} compact />
}
