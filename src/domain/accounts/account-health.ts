// Whether a connected account works, from its account timeline and the errors Seam lists on it.
import type { ConnectedAccount } from './connected-account-schema'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { accountTimeline } from '../timelines/account'

export type AccountHealthLevel = 'ok' | 'warning' | 'error'

export interface AccountHealth {
  readonly level: AccountHealthLevel
  /** "Connected", "Disconnected", Seam's error message. */
  readonly text: string
  readonly since?: Instant
}

/**
 * A problem wins over "fine" whichever source reports it: the snapshot can lag behind an event,
 * and an event can be older than an error Seam reports now. The timeline's problem is preferred
 * for its words, since it also says since when. `account` is undefined for an account known only
 * from events (deleted, or not listed yet).
 */
export function accountHealth(
  account: ConnectedAccount | undefined,
  accountEvents: readonly ParsedEvent[],
  now: Instant,
): AccountHealth {
  const intervals = accountTimeline(accountEvents, now).intervals
  const current = intervals[intervals.length - 1]
  const state = current?.state
  switch (state) {
    case 'disconnected':
      return {
        level: 'error',
        text: current?.issues?.[0]?.message || 'Disconnected',
        since: current?.from,
      }
    case 'deleted':
      return { level: 'error', text: 'Deleted from Seam', since: current?.from }
    case 'reauthorization_requested':
      return { level: 'warning', text: 'Needs reauthorization', since: current?.from }
    case 'connected':
    case undefined:
      break
    default:
      state satisfies never
  }
  if (account === undefined) {
    return { level: 'warning', text: 'Not in Seam’s account list' }
  }
  const error = account.errors[0]
  if (error !== undefined) {
    return { level: 'error', text: issueText(error.message, error.error_code, 'Account error') }
  }
  const warning = account.warnings[0]
  if (warning !== undefined) {
    return {
      level: 'warning',
      text: issueText(warning.message, warning.warning_code, 'Account warning'),
    }
  }
  return current === undefined
    ? { level: 'ok', text: 'Connected' }
    : { level: 'ok', text: 'Connected', since: current.from }
}

function issueText(
  message: string | null | undefined,
  code: string | null | undefined,
  fallback: string,
): string {
  if (message) return message
  if (code) {
    const words = code.replaceAll('_', ' ')
    return words.charAt(0).toUpperCase() + words.slice(1)
  }
  return fallback
}
