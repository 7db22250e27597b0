// Whether a connected account works, from Seam's errors on it and its latest account event.
import type { ConnectedAccount } from '../../domain/accounts/connected-account-schema'
import { catalogueEntry } from '../../domain/events/event-catalogue'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'

export type AccountHealthLevel = 'ok' | 'warning' | 'error'

export interface AccountHealth {
  readonly level: AccountHealthLevel
  /** "Connected", "Account disconnected", Seam's error message. */
  readonly text: string
  readonly since?: Instant
}

/**
 * The latest known account event (connected, disconnected, reauthorization requested …) of each
 * account in `accountIds` that happened by `now`. `events` must be newest first, so the first one
 * found is the latest.
 */
export function latestAccountEvents(
  events: readonly ParsedEvent[],
  accountIds: ReadonlySet<string>,
  now: Instant,
): Map<string, ParsedEvent> {
  const latest = new Map<string, ParsedEvent>()
  for (const event of events) {
    if (latest.size === accountIds.size) break
    if (event.occurredAt > now) continue
    if (event.category !== 'account' || event.status !== 'known') continue
    const accountId = event.connectedAccountId
    if (accountId === undefined || !accountIds.has(accountId) || latest.has(accountId)) continue
    latest.set(accountId, event)
  }
  return latest
}

/**
 * A problem wins over "fine" whichever source reports it: the snapshot can lag behind an event,
 * and an event can be older than an error Seam reports now. An event's problem is preferred for
 * its words, since it also says since when.
 */
export function accountHealth(
  account: ConnectedAccount,
  latestEvent: ParsedEvent | undefined,
): AccountHealth {
  if (latestEvent?.severity !== undefined) {
    return {
      level: latestEvent.severity === 'critical' ? 'error' : 'warning',
      text: catalogueEntry(latestEvent.type).title,
      since: latestEvent.occurredAt,
    }
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
  return latestEvent === undefined
    ? { level: 'ok', text: 'Connected' }
    : { level: 'ok', text: 'Connected', since: latestEvent.occurredAt }
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
