// Words and colours of the timelines' states and marks, one place for the tracks and their legends.
import type { BatteryStatus, LockMethod } from '../../domain/events/parsed-event'
import type { ConnectivityState } from '../../domain/status/current-device-status'
import type { ConnectivityInterval } from '../../domain/timelines/connectivity'
import { disconnectReasonWords, lockMethodWords } from '../../components/status-words'
import type { LockMark } from './device-timelines'

// Whole class strings so Tailwind finds them.
export const CONNECTIVITY_CLASSES: Readonly<Record<ConnectivityState, string>> = {
  online: 'bg-emerald-500 dark:bg-emerald-500/80',
  offline: 'bg-red-500 dark:bg-red-500/90',
  flaky: 'bg-amber-400 dark:bg-amber-400/80',
  unknown: 'bg-zinc-300 dark:bg-zinc-700',
}

export const MIXED_CLASS =
  'bg-[repeating-linear-gradient(90deg,var(--color-red-500)_0_3px,var(--color-amber-400)_3px_6px)]'

export const BATTERY_BAND_CLASSES: Readonly<Record<BatteryStatus, string>> = {
  full: 'bg-emerald-50 dark:bg-emerald-400/10',
  good: 'bg-emerald-50 dark:bg-emerald-400/10',
  low: 'bg-amber-100 dark:bg-amber-400/15',
  critical: 'bg-red-100 dark:bg-red-500/20',
}

export const LOCK_BAND_CLASSES = {
  locked: 'bg-slate-400 dark:bg-slate-500',
  unlocked: 'bg-amber-400 dark:bg-amber-400/80',
} as const

export const LOCK_MARK_CLASSES: Readonly<Record<LockMark['kind'], string>> = {
  locked:
    'bg-slate-600 text-white ring-white dark:bg-slate-300 dark:text-slate-900 dark:ring-zinc-900',
  unlocked:
    'bg-amber-500 text-amber-950 ring-white dark:bg-amber-400 dark:text-amber-950 dark:ring-zinc-900',
  denied: 'bg-red-600 text-white ring-white dark:bg-red-500 dark:ring-zinc-900',
}

/** One letter per method inside a mark; the legend and the title spell it out. */
export const METHOD_LETTERS: Readonly<Record<LockMethod, string>> = {
  keycode: 'K',
  manual: 'M',
  automatic: 'A',
  seamapi: 'R',
  unknown: '•',
}

export function connectivityLabel(interval: ConnectivityInterval): string {
  switch (interval.state) {
    case 'online':
      return 'Online'
    case 'flaky':
      return 'Flaky connection'
    case 'unknown':
      return 'Not known'
    case 'offline': {
      const why = disconnectReasonWords(interval.reason)
      return why === undefined ? 'Offline' : `Offline: ${why}`
    }
    default:
      interval.state satisfies never
      return 'Not known'
  }
}

export function lockMarkLabel(mark: LockMark): string {
  if (mark.kind === 'denied') return 'Access denied'
  const how = lockMethodWords(mark.method)
  const verb = mark.kind === 'locked' ? 'Locked' : 'Unlocked'
  return how === undefined ? verb : `${verb} ${how}`
}
