import { describe, expect, it } from 'vitest'
import { EVENT_PAYLOAD_SCHEMAS, requiredSubjectKey, seamEventEnvelopeSchema } from './event-schemas'
import { KNOWN_EVENT_TYPES } from './event-types'
import { SEED_EXAMPLES } from './seed-examples'

describe('EVENT_PAYLOAD_SCHEMAS', () => {
  it('has an entry for every known type and accepts every seed example', () => {
    expect(Object.keys(EVENT_PAYLOAD_SCHEMAS).sort()).toEqual([...KNOWN_EVENT_TYPES].sort())
    for (const type of KNOWN_EVENT_TYPES) {
      const schema = EVENT_PAYLOAD_SCHEMAS[type]
      if (schema !== null) expect(schema.safeParse(SEED_EXAMPLES[type]).success, type).toBe(true)
      expect(seamEventEnvelopeSchema.safeParse(SEED_EXAMPLES[type]).success, type).toBe(true)
    }
  })

  it('skips zod for the types that carry nothing beyond the envelope', () => {
    expect(EVENT_PAYLOAD_SCHEMAS['device.connected']).toBeNull()
    expect(EVENT_PAYLOAD_SCHEMAS['device.tampered']).toBeNull()
    expect(EVENT_PAYLOAD_SCHEMAS['lock.locked']).not.toBeNull()
  })

  it('strips the PIN from the output while accepting it in the input', () => {
    const schema = EVENT_PAYLOAD_SCHEMAS['access_code.set_on_device']!
    const result = schema.safeParse(SEED_EXAMPLES['access_code.set_on_device'])
    expect(result.success).toBe(true)
    expect(result.data).toEqual({ access_code_id: '00000000-0000-0000-0000-000000000000' })
  })

  it('is strict on battery fields', () => {
    const schema = EVENT_PAYLOAD_SCHEMAS['device.battery_status_changed']!
    expect(schema.safeParse({ battery_status: 'full', battery_level: 1 }).success).toBe(true)
    expect(schema.safeParse({ battery_status: 'full', battery_level: 1.01 }).success).toBe(false)
    expect(schema.safeParse({ battery_status: 'empty' }).success).toBe(false)
  })
})

describe('seamEventEnvelopeSchema', () => {
  it('keeps extra keys and accepts non-UUID ids', () => {
    const raw = {
      event_id: 'event1',
      event_type: 'device.connected',
      workspace_id: 'seed_workspace_1',
      device_id: 'august_device_1',
      created_at: '2026-11-22T22:51:58.924Z',
      occurred_at: '2026-11-22T22:51:58.924Z',
      event_description: 'A new device has been connected to Seam',
    }
    expect(seamEventEnvelopeSchema.parse(raw)).toEqual(raw)
  })
})

describe('requiredSubjectKey', () => {
  it('names the id each family of events must carry', () => {
    expect(requiredSubjectKey('connected_account.deleted')).toBe('connected_account_id')
    expect(requiredSubjectKey('connect_webview.login_failed')).toBeUndefined()
    expect(requiredSubjectKey('access_code.created')).toBe('device_id')
    expect(requiredSubjectKey('noise_sensor.noise_threshold_triggered')).toBe('device_id')
  })
})
