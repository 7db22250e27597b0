// Connectivity, battery and lock badges for one device: state in words, colour as a second cue.
import type { Instant } from '../domain/events/parsed-event'
import { Moment } from './moment'
import { StatusPill } from './status-pill'
import {
  batteryWords,
  connectivityWords,
  lockWords,
  type Battery,
  type Connectivity,
  type Lock,
} from './status-words'
import { BAR_CLASSES } from './tone'

const DETAIL = 'text-xs text-zinc-500 dark:text-zinc-400'

export function ConnectivityBadge({
  connectivity,
  now,
}: {
  connectivity: Connectivity
  now: Instant
}) {
  const words = connectivityWords(connectivity)
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusPill tone={words.tone}>{words.label}</StatusPill>
      {(words.detail !== undefined || connectivity.since !== undefined) && (
        <span className={DETAIL}>
          {words.detail}
          {words.detail !== undefined && connectivity.since !== undefined && ' · '}
          {connectivity.since !== undefined && (
            <Moment at={connectivity.since} now={now} prefix="since" />
          )}
        </span>
      )}
    </div>
  )
}

export function BatteryBadge({ battery }: { battery: Battery }) {
  const words = batteryWords(battery)
  if (words.percent === undefined) {
    return words.tone === 'neutral' ? (
      <span className={DETAIL}>No battery reading</span>
    ) : (
      <StatusPill tone={words.tone}>Battery {words.label.toLowerCase()}</StatusPill>
    )
  }
  const valueText = words.detail === undefined ? words.label : `${words.label}, ${words.detail}`
  return (
    <div className="flex items-center gap-2">
      <div
        role="meter"
        aria-label="Battery"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={words.percent}
        aria-valuetext={valueText}
        className="h-2 w-12 shrink-0 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-700"
      >
        <div
          className={`h-full rounded-full ${BAR_CLASSES[words.tone]}`}
          style={{ width: `${Math.max(words.percent, 3)}%` }}
        />
      </div>
      <span className="text-sm whitespace-nowrap tabular-nums" aria-hidden="true">
        {words.label}
      </span>
      {words.detail !== undefined && (
        <span
          aria-hidden="true"
          className={
            words.tone === 'good'
              ? DETAIL
              : words.tone === 'critical'
                ? 'text-xs font-medium text-red-700 dark:text-red-400'
                : 'text-xs font-medium text-amber-700 dark:text-amber-300'
          }
        >
          {words.detail}
        </span>
      )}
    </div>
  )
}

export function LockBadge({ lock, now }: { lock: Lock; now: Instant }) {
  const words = lockWords(lock)
  return (
    <div className="flex flex-col items-start gap-1">
      <StatusPill tone={words.tone}>{words.label}</StatusPill>
      {(words.detail !== undefined || lock.at !== undefined) && (
        <span className={DETAIL}>
          {words.detail}
          {words.detail !== undefined && lock.at !== undefined && ' · '}
          {lock.at !== undefined && <Moment at={lock.at} now={now} />}
        </span>
      )}
    </div>
  )
}
