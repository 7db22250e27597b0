// "updated 3 s ago", ticking each second; amber, then red "Data is stale", when updates stop coming.
import type { Health } from '../api/get-health'
import type { Instant } from '../domain/events/parsed-event'
import { dataAge, type DataAgeLevel } from '../lib/data-age'
import { useNow } from '../lib/use-now'

const LEVEL_CLASSES: Readonly<Record<DataAgeLevel, string>> = {
  fresh: 'text-zinc-500 dark:text-zinc-400',
  unknown: 'text-zinc-500 dark:text-zinc-400',
  late: 'rounded-md bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-400/15 dark:text-amber-300',
  stale:
    'rounded-md bg-red-600 px-2 py-0.5 font-semibold text-white dark:bg-red-500/90 dark:text-white',
}

export interface DataAgeProps {
  /** The latest health answer, undefined before the first. */
  readonly health: Health | undefined
  /** When that answer arrived on this browser's clock (TanStack Query's dataUpdatedAt). */
  readonly receivedAt: Instant
}

export function DataAge({ health, receivedAt }: DataAgeProps) {
  const now = useNow()
  const age =
    health === undefined
      ? ({ level: 'unknown', text: 'waiting for the proxy' } as const)
      : dataAge({
          lastSuccessAt: health.last_success_at,
          serverTime: health.server_time,
          receivedAt,
          now,
          pollIntervalMs: health.poll_interval_ms,
        })
  const warn = age.level === 'late' || age.level === 'stale'
  return (
    <p
      className={`text-sm whitespace-nowrap tabular-nums ${LEVEL_CLASSES[age.level]}`}
      data-testid="data-age"
      data-level={age.level}
    >
      {warn && <span aria-hidden="true">⚠ </span>}
      {age.text}
    </p>
  )
}
