// The small phrases alert titles are made of: durations, percentages, counts, names.
import { DAY_MS, HOUR_MS, MINUTE_MS } from './alert-config'

/** "under a minute", "25 min", "2 h 5 min", "3 days 4 h". */
export function formatDuration(ms: number): string {
  if (ms < MINUTE_MS) return 'under a minute'
  if (ms < HOUR_MS) return `${Math.floor(ms / MINUTE_MS)} min`
  if (ms < DAY_MS) {
    const hours = Math.floor(ms / HOUR_MS)
    const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS)
    return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`
  }
  const days = Math.floor(ms / DAY_MS)
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS)
  const dayWord = plural(days, 'day')
  return hours === 0 ? dayWord : `${dayWord} ${hours} h`
}

/** 0.183 → "18 %". */
export function percent(level: number): string {
  return `${Math.round(level * 100)} %`
}

/** plural(1, 'lock') → "1 lock", plural(6, 'lock') → "6 locks". */
export function plural(count: number, noun: string): string {
  return `${count} ${count === 1 ? noun : `${noun}s`}`
}

/** " (3 times)" after a count above one, nothing otherwise. */
export function timesSuffix(count: number): string {
  return count > 1 ? ` (${count} times)` : ''
}

/**
 * "access code …e52685" for Seam's UUIDs (the tail tells codes apart without a wall of hex),
 * "access code front_desk" for short ids, "an access code" when the event named none.
 */
export function accessCodeWords(accessCodeId: string | undefined): string {
  if (accessCodeId === undefined || accessCodeId === '') return 'an access code'
  return accessCodeId.length > 16
    ? `access code …${accessCodeId.slice(-6)}`
    : `access code ${accessCodeId}`
}

/**
 * The first instant after `now` at which formatDuration(instant - since) reads differently:
 * the next whole minute under a day, the next whole hour after.
 */
export function nextDurationWordsChange(since: number, now: number): number {
  const elapsed = now - since
  if (elapsed < MINUTE_MS) return since + MINUTE_MS
  const step = elapsed < DAY_MS ? MINUTE_MS : HOUR_MS
  return since + (Math.floor(elapsed / step) + 1) * step
}
