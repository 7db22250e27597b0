// Test fixture: events built from the seed documents' example payloads, at chosen minutes.
import { parseConnectedAccount } from '../accounts/connected-account-schema'
import type { ConnectedAccount } from '../accounts/connected-account-schema'
import { parseDevice } from '../devices/device-schema'
import type { Device } from '../devices/device-schema'
import type { KnownEventType } from '../events/event-types'
import { parseSeamEvent } from '../events/parse-event'
import type { Instant, ParsedEvent } from '../events/parsed-event'
import { SEED_EXAMPLES } from '../events/seed-examples'
import type { AlertSubject } from './alert'
import type { AlertConfig } from './alert-config'
import { DEFAULT_ALERT_CONFIG, MINUTE_MS } from './alert-config'
import { prepareEvents } from './alert-events'
import type { RuleInput } from './rules/rule-input'

export const T0: Instant = Date.UTC(2025, 0, 1, 12)
export const DEVICE_ID = 'front_door'
export const ACCOUNT_ID = 'harbor_view_account'

export const FRONT_DOOR: AlertSubject = { kind: 'device', id: DEVICE_ID, name: 'Front door' }
export const HARBOR_ACCOUNT: AlertSubject = {
  kind: 'account',
  id: ACCOUNT_ID,
  name: 'Harbor View August',
}

/** The instant `minutes` after T0. */
export function minutes(count: number): Instant {
  return T0 + count * MINUTE_MS
}

/**
 * The seed example of `type`, `atMinute` minutes after T0, for DEVICE_ID / ACCOUNT_ID where the
 * type carries them. The id is derived from type, subject and time unless `changes` sets one.
 * Throws when the payload does not parse as known, so a test never runs on a broken event.
 */
export function seamEvent(
  type: KnownEventType,
  atMinute: number,
  changes: Record<string, unknown> = {},
): ParsedEvent {
  const example = SEED_EXAMPLES[type]
  const iso = new Date(minutes(atMinute)).toISOString()
  const subject: Record<string, unknown> = {}
  if ('device_id' in example) subject.device_id = DEVICE_ID
  if ('connected_account_id' in example) subject.connected_account_id = ACCOUNT_ID
  const merged: Record<string, unknown> = {
    ...example,
    ...subject,
    occurred_at: iso,
    created_at: iso,
    ...changes,
  }
  const owner = [merged.device_id, merged.connected_account_id].find(
    (value): value is string => typeof value === 'string',
  )
  const eventId = changes.event_id ?? `${owner ?? 'workspace'}:${type}:${atMinute}`
  const event = parseSeamEvent({ ...merged, event_id: eventId })
  if (event.status !== 'known') throw new Error(`test event ${type}: ${event.reason ?? 'unknown'}`)
  return event
}

/** A rule's input from unsorted events, prepared as deriveAlerts prepares them. */
export function ruleInput(
  events: readonly ParsedEvent[],
  nowMinute: number,
  options: { subject?: AlertSubject; config?: Partial<AlertConfig> } = {},
): RuleInput {
  const now = minutes(nowMinute)
  return {
    subject: options.subject ?? FRONT_DOOR,
    events: prepareEvents(events, now),
    now,
    config: { ...DEFAULT_ALERT_CONFIG, ...options.config },
  }
}

export function testDevice(
  deviceId: string,
  name: string,
  extra: Record<string, unknown> = {},
): Device {
  const result = parseDevice({
    device_id: deviceId,
    device_type: 'august_lock',
    connected_account_id: ACCOUNT_ID,
    properties: { name, online: true },
    ...extra,
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

export function testAccount(accountId: string, displayName: string): ConnectedAccount {
  const result = parseConnectedAccount({
    connected_account_id: accountId,
    provider: 'august',
    display_name: displayName,
  })
  if (!result.ok) throw new Error(result.reason)
  return result.value
}
