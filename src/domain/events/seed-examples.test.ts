// Every documented event type, from its seed example payload: understood, placed and worded.
import { describe, expect, it } from 'vitest'
import { describeEvent } from './describe-event'
import { KNOWN_EVENT_TYPES } from './event-types'
import type { KnownEventType } from './event-types'
import { parseSeamEvent } from './parse-event'
import type { EventCategory, TimelineKind } from './parsed-event'
import { SEED_EXAMPLES, TYPES_WITH_DOCUMENTED_PAYLOAD } from './seed-examples'

type Expectation = readonly [EventCategory, TimelineKind, string]

const EXPECTED: Record<KnownEventType, Expectation> = {
  'connected_account.connected': ['account', 'account', 'Account connected'],
  'connected_account.created': ['account', 'account', 'Account added'],
  'connected_account.successful_login': ['account', 'account', 'Account signed in'],
  'connected_account.disconnected': ['account', 'account', 'Account disconnected'],
  'connected_account.completed_first_sync': [
    'account',
    'account',
    'Account finished its first sync',
  ],
  'connected_account.deleted': ['account', 'account', 'Account deleted'],
  'connected_account.completed_first_sync_after_reconnection': [
    'account',
    'account',
    'Account finished syncing after reconnecting',
  ],
  'connected_account.reauthorization_requested': [
    'account',
    'account',
    'Account needs reauthorization',
  ],
  'connect_webview.login_succeeded': ['account', 'account', 'Account login succeeded'],
  'connect_webview.login_failed': ['account', 'account', 'Account login failed'],
  'device.connected': ['connectivity', 'connectivity', 'Device came online'],
  'device.added': ['device_lifecycle', 'device_state', 'Device added'],
  'device.converted_to_unmanaged': ['device_lifecycle', 'device_state', 'Device became unmanaged'],
  'device.disconnected': [
    'connectivity',
    'connectivity',
    'Device went offline: account disconnected',
  ],
  'device.tampered': ['other', 'device_state', 'Device was tampered with'],
  'device.low_battery': ['battery', 'battery', 'Battery at 0 %'],
  'device.battery_status_changed': ['battery', 'battery', 'Battery status changed to critical'],
  'device.removed': [
    'device_lifecycle',
    'device_state',
    'Device was removed from its account outside Seam',
  ],
  'device.deleted': ['device_lifecycle', 'device_state', 'Device deleted'],
  'device.third_party_integration_detected': [
    'integration',
    'device_state',
    'Device: third-party integration detected',
  ],
  'device.third_party_integration_no_longer_detected': [
    'integration',
    'device_state',
    'Device: third-party integration no longer detected',
  ],
  'device.salto.privacy_mode_activated': ['lock', 'device_state', 'Device privacy mode turned on'],
  'device.salto.privacy_mode_deactivated': [
    'lock',
    'device_state',
    'Device privacy mode turned off',
  ],
  'device.connection_became_flaky': [
    'connectivity',
    'connectivity',
    'Device connection became flaky',
  ],
  'device.connection_stabilized': ['connectivity', 'connectivity', 'Device connection stabilized'],
  'device.error.subscription_required': [
    'integration',
    'device_state',
    'Device needs a third-party subscription',
  ],
  'device.error.subscription_required.resolved': [
    'integration',
    'device_state',
    'Device no longer needs a third-party subscription',
  ],
  'device.accessory_keypad_connected': ['connectivity', 'device_state', 'Device keypad connected'],
  'device.accessory_keypad_disconnected': [
    'connectivity',
    'device_state',
    'Device keypad disconnected',
  ],
  'device.name_changed': ['device_lifecycle', 'device_state', 'Device renamed'],
  'camera.activated': ['media', 'media', 'Camera detected a person'],
  'device.doorbell_rang': ['media', 'media', 'Doorbell rang'],
  'device.unmanaged.connected': ['connectivity', 'connectivity', 'Device came online (unmanaged)'],
  'device.unmanaged.disconnected': [
    'connectivity',
    'connectivity',
    'Device went offline: device disconnected (unmanaged)',
  ],
  'device.unmanaged.converted_to_managed': [
    'device_lifecycle',
    'device_state',
    'Device became managed',
  ],
  'access_code.created': ['access_code', 'access_code', 'Access code created'],
  'access_code.changed': ['access_code', 'access_code', 'Access code changed'],
  'access_code.scheduled_on_device': ['access_code', 'access_code', 'Access code scheduled'],
  'access_code.set_on_device': ['access_code', 'access_code', 'Access code set'],
  'access_code.backup_access_code_pulled': [
    'access_code',
    'access_code',
    'Access code replaced by a backup code',
  ],
  'access_code.removed_from_device': ['access_code', 'access_code', 'Access code removed'],
  'access_code.deleted': ['access_code', 'access_code', 'Access code deleted'],
  'access_code.delay_in_setting_on_device': [
    'access_code',
    'access_code',
    'Access code is taking long to set',
  ],
  'access_code.failed_to_set_on_device': [
    'access_code',
    'access_code',
    'Access code failed to set',
  ],
  'access_code.delay_in_removing_from_device': [
    'access_code',
    'access_code',
    'Access code is taking long to remove',
  ],
  'access_code.failed_to_remove_from_device': [
    'access_code',
    'access_code',
    'Access code could not be removed',
  ],
  'access_code.modified_external_to_seam': [
    'access_code',
    'access_code',
    'Access code changed outside Seam',
  ],
  'access_code.deleted_external_to_seam': [
    'access_code',
    'access_code',
    'Access code deleted outside Seam',
  ],
  'access_code.unmanaged.converted_to_managed': [
    'access_code',
    'access_code',
    'Access code became managed',
  ],
  'access_code.unmanaged.failed_to_convert_to_managed': [
    'access_code',
    'access_code',
    'Access code could not become managed',
  ],
  'access_code.unmanaged.created': ['access_code', 'access_code', 'Unmanaged access code added'],
  'access_code.unmanaged.removed': ['access_code', 'access_code', 'Unmanaged access code removed'],
  'lock.locked': ['lock', 'lock', 'Lock locked manually'],
  'lock.unlocked': ['lock', 'lock', 'Lock unlocked with keypad code'],
  'lock.access_denied': ['lock', 'lock', 'Lock denied access'],
  'noise_sensor.noise_threshold_triggered': [
    'noise',
    'noise',
    "Noise threshold 'builtin_first_disturbance' exceeded",
  ],
}

describe('seed examples', () => {
  it('cover all 56 documented types', () => {
    expect(KNOWN_EVENT_TYPES).toHaveLength(56)
    expect(Object.keys(SEED_EXAMPLES).sort()).toEqual([...KNOWN_EVENT_TYPES].sort())
  })

  it.each(KNOWN_EVENT_TYPES)('%s is known, placed and described', (type) => {
    const [category, timeline, description] = EXPECTED[type]
    const event = parseSeamEvent(SEED_EXAMPLES[type])
    expect(event.reason).toBeUndefined()
    expect(event.status).toBe('known')
    expect(event.type).toBe(type)
    expect(event.id).toBe('00000000-0000-0000-0000-000000000000')
    expect(event.occurredAt).toBe(Date.UTC(2025, 0, 1))
    expect(event.category).toBe(category)
    expect(event.timeline).toBe(timeline)
    expect(describeEvent(event, {})).toBe(description)
  })
})

// The seed documents sit beside the repository; when they are there, the fixture must match them.
// src/domain is type-checked for the browser too, where node:fs has no types, so it is loaded by a
// specifier TypeScript does not resolve, through this minimal interface.
interface SeedFileSystem {
  readdirSync(path: URL): string[]
  readFileSync(path: URL, encoding: 'utf8'): string
}
const fsSpecifier: string = 'node:fs'
const fs = (await import(/* @vite-ignore */ fsSpecifier)) as SeedFileSystem
// A copy of the Seam documentation pages the product is built from, kept in the repository so the
// check runs on a clean checkout.
const seedDirectory = new URL('../../../docs/seam-seeds/', import.meta.url)

describe('seed examples against the seed documents', () => {
  const documented = new Map<string, unknown>()
  for (const file of fs.readdirSync(seedDirectory).filter((name) => name.endsWith('.txt'))) {
    const text = fs.readFileSync(new URL(file, seedDirectory), 'utf8')
    for (const block of text.match(/^\{\n[\s\S]*?\n\}$/gm) ?? []) {
      const payload = JSON.parse(block) as { event_type: string }
      documented.set(payload.event_type, payload)
    }
  }

  it('finds a payload in the documents for every verbatim example', () => {
    expect([...documented.keys()].sort()).toEqual([...TYPES_WITH_DOCUMENTED_PAYLOAD].sort())
  })

  it.each(TYPES_WITH_DOCUMENTED_PAYLOAD)('%s matches its documented payload', (type) => {
    expect(SEED_EXAMPLES[type]).toEqual(documented.get(type))
  })
})
