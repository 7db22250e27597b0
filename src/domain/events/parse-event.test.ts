import { describe, expect, it } from 'vitest'
import { parseSeamEvent, parseSeamEvents } from './parse-event'
import { SEED_EXAMPLES } from './seed-examples'

// What the fake Seam really sends: non-UUID ids and an extra event_description field.
const fakeUnlock = {
  event_id: 'event2',
  created_at: '2026-11-22T22:51:58.983Z',
  occurred_at: '2026-11-22T22:51:58.983Z',
  event_description: 'A lock device was unlocked.',
  event_type: 'lock.unlocked',
  workspace_id: 'seed_workspace_1',
  device_id: 'august_device_1',
  connected_account_id: 'john_connected_account_id',
}

function withChanges(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base, ...changes }
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key]
  return copy
}

describe('parseSeamEvent with good events', () => {
  it('reads an event of the fake Seam, keeping the raw object itself', () => {
    const event = parseSeamEvent(fakeUnlock)
    expect(event).toMatchObject({
      id: 'event2',
      type: 'lock.unlocked',
      status: 'known',
      occurredAt: Date.parse('2026-11-22T22:51:58.983Z'),
      createdAt: Date.parse('2026-11-22T22:51:58.983Z'),
      deviceId: 'august_device_1',
      connectedAccountId: 'john_connected_account_id',
      workspaceId: 'seed_workspace_1',
      category: 'lock',
      timeline: 'lock',
      severity: undefined,
      details: {},
    })
    expect(event.reason).toBeUndefined()
    expect(event.raw).toBe(fakeUnlock)
  })

  it('normalizes payload fields into details', () => {
    const unlocked = parseSeamEvent(SEED_EXAMPLES['lock.unlocked'])
    expect(unlocked.details).toEqual({
      lockMethod: 'keycode',
      accessCodeId: '00000000-0000-0000-0000-000000000000',
    })
    const battery = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.battery_status_changed'], { battery_level: 0.08 }),
    )
    expect(battery.details).toEqual({ batteryLevel: 0.08, batteryStatus: 'critical' })
    const disconnected = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.disconnected'], {
        device_errors: [{ error_code: 'hub_disconnected', message: 'Hub is offline', extra: 1 }],
      }),
    )
    expect(disconnected.details).toEqual({
      disconnectReason: 'account_disconnected',
      accountErrors: [],
      accountWarnings: [],
      deviceErrors: [{ code: 'hub_disconnected', message: 'Hub is offline' }],
      deviceWarnings: [],
    })
  })

  it('drops the empty strings of the documented examples instead of keeping them as values', () => {
    const camera = parseSeamEvent(SEED_EXAMPLES['camera.activated'])
    expect(camera.details).toEqual({ motionSubType: 'human', activationReason: 'motion_detected' })
    const withMedia = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.doorbell_rang'], {
        image_url: 'https://example.com/i.jpg',
        video_url: 'https://example.com/v.mp4',
      }),
    )
    expect(withMedia.details).toEqual({
      imageUrl: 'https://example.com/i.jpg',
      videoUrl: 'https://example.com/v.mp4',
    })
  })

  it('keeps undocumented enum values as unknown rather than rejecting the event', () => {
    const lock = parseSeamEvent(withChanges(fakeUnlock, { method: 'face_id' }))
    expect(lock.status).toBe('known')
    expect(lock.details?.lockMethod).toBe('unknown')
    const offline = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.disconnected'], { error_code: 'bridge_disconnected' }),
    )
    expect(offline.status).toBe('known')
    expect(offline.details?.disconnectReason).toBe('unknown')
    expect(offline.details?.rawDisconnectCode).toBe('bridge_disconnected')
    const camera = parseSeamEvent(
      withChanges(SEED_EXAMPLES['camera.activated'], { motion_sub_type: 'animal' }),
    )
    expect(camera.details?.motionSubType).toBe('unknown')
  })

  it('accepts null for optional fields and extra keys Seam may add', () => {
    const event = parseSeamEvent(
      withChanges(fakeUnlock, { method: null, access_code_id: null, brand_new_field: [1, 2] }),
    )
    expect(event.status).toBe('known')
    expect(event.details).toEqual({})
  })

  it('never puts an access code PIN into details', () => {
    const event = parseSeamEvent(SEED_EXAMPLES['access_code.set_on_device'])
    expect(event.status).toBe('known')
    expect(JSON.stringify(event.details)).not.toContain('4821')
  })

  it('refines severity from the payload', () => {
    const level = (battery_level: number) =>
      parseSeamEvent(withChanges(SEED_EXAMPLES['device.low_battery'], { battery_level })).severity
    expect(level(0.08)).toBe('critical')
    expect(level(0.25)).toBe('warning')
    const code = (error_code: string) =>
      parseSeamEvent(withChanges(SEED_EXAMPLES['device.disconnected'], { error_code })).severity
    expect(code('hub_disconnected')).toBe('critical')
    expect(code('account_disconnected')).toBe('warning')
  })
})

describe('parseSeamEvent with unknown types', () => {
  it('keeps an unknown type as a generic feed event', () => {
    const raw = withChanges(fakeUnlock, { event_type: 'device.foo_bar', foo: 1 })
    const event = parseSeamEvent(raw)
    expect(event).toMatchObject({
      id: 'event2',
      type: 'device.foo_bar',
      status: 'unknown',
      category: 'other',
      timeline: 'feed',
      severity: undefined,
      details: undefined,
    })
    expect(event.raw).toBe(raw)
  })

  it('does not mistake Object.prototype names for known types', () => {
    for (const type of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(parseSeamEvent(withChanges(fakeUnlock, { event_type: type })).status).toBe('unknown')
    }
  })
})

describe('parseSeamEvent with malformed events', () => {
  it.each([
    [{ battery_level: 2 }, 'battery_level 2 is outside 0..1'],
    [{ battery_level: 1.7 }, 'battery_level 1.7 is outside 0..1'],
    [{ battery_level: -0.1 }, 'battery_level -0.1 is outside 0..1'],
    [{ battery_level: '0.5' }, 'battery_level must be a number, got "0.5"'],
    [{ battery_level: undefined }, 'battery_level is missing'],
  ])('rejects a low battery payload %j', (changes, reason) => {
    const event = parseSeamEvent(withChanges(SEED_EXAMPLES['device.low_battery'], changes))
    expect(event.status).toBe('invalid')
    expect(event.reason).toBe(reason)
    expect(event.category).toBe('battery')
    expect(event.timeline).toBe('feed')
    expect(event.severity).toBe('warning')
    expect(event.details).toBeUndefined()
  })

  it('explains strict enums and wrong types in words', () => {
    const status = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.battery_status_changed'], { battery_status: 'meh' }),
    )
    expect(status.reason).toBe('battery_status "meh" is not one of critical, low, good, full')
    const method = parseSeamEvent(withChanges(fakeUnlock, { method: 3 }))
    expect(method.reason).toBe('method must be a string, got 3')
    const errors = parseSeamEvent(
      withChanges(SEED_EXAMPLES['device.disconnected'], { device_errors: 'none' }),
    )
    expect(errors.reason).toBe('device_errors must be an array, got "none"')
    const item = parseSeamEvent(
      withChanges(SEED_EXAMPLES['connected_account.disconnected'], {
        connected_account_errors: [{ error_code: 5 }],
      }),
    )
    expect(item.reason).toBe('connected_account_errors[0].error_code must be a string, got 5')
  })

  it('requires the id an event is about', () => {
    const noCode = parseSeamEvent(
      withChanges(SEED_EXAMPLES['access_code.failed_to_set_on_device'], { access_code_id: '' }),
    )
    expect(noCode.reason).toBe('access_code_id is empty')
    const noDevice = parseSeamEvent(withChanges(fakeUnlock, { device_id: undefined }))
    expect(noDevice.reason).toBe('device_id is missing')
    const noAccount = parseSeamEvent(
      withChanges(SEED_EXAMPLES['connected_account.disconnected'], { connected_account_id: null }),
    )
    expect(noAccount.reason).toBe('connected_account_id is missing')
    // A failed Connect Webview login has no account to name.
    expect(parseSeamEvent(SEED_EXAMPLES['connect_webview.login_failed']).status).toBe('known')
  })

  it('falls back to created_at when occurred_at is missing, and says so', () => {
    const event = parseSeamEvent(withChanges(fakeUnlock, { occurred_at: undefined }))
    expect(event.status).toBe('invalid')
    expect(event.reason).toBe('occurred_at is missing')
    expect(event.occurredAt).toBe(Date.parse(fakeUnlock.created_at))
    expect(event.createdAt).toBe(Date.parse(fakeUnlock.created_at))
  })

  it('falls back to occurred_at when created_at is unusable, and to 0 when neither is', () => {
    const created = parseSeamEvent(withChanges(fakeUnlock, { created_at: 'yesterday' }))
    expect(created.reason).toBe('created_at "yesterday" is not an ISO 8601 date-time')
    expect(created.createdAt).toBe(Date.parse(fakeUnlock.occurred_at))
    const neither = parseSeamEvent(withChanges(fakeUnlock, { created_at: 12, occurred_at: null }))
    expect(neither.reason).toBe(
      'created_at must be an ISO 8601 string, got 12; occurred_at is missing',
    )
    expect(neither.occurredAt).toBe(0)
    expect(neither.createdAt).toBe(0)
  })

  it('gives an event without event_id a stable synthetic id', () => {
    const raw = withChanges(fakeUnlock, { event_id: undefined })
    const first = parseSeamEvent(raw)
    expect(first.status).toBe('invalid')
    expect(first.reason).toBe('event_id is missing')
    expect(first.id).toMatch(/^invalid:[0-9a-f]{16}$/)
    expect(parseSeamEvent(JSON.parse(JSON.stringify(raw))).id).toBe(first.id)
    const other = parseSeamEvent(withChanges(raw, { device_id: 'august_device_2' }))
    expect(other.id).not.toBe(first.id)
  })

  it('collects every envelope problem in one reason', () => {
    const event = parseSeamEvent({ event_id: 7, device_id: '', device_custom_metadata: [] })
    expect(event.reason).toBe(
      'event_id must be a non-empty string, got 7; event_type is missing; created_at is missing; ' +
        'occurred_at is missing; device_id must be a non-empty string, got ""; ' +
        'device_custom_metadata must be an object, got an array of 0',
    )
    expect(event.type).toBe('')
    expect(event.category).toBe('other')
  })

  it.each([
    [null, 'event must be an object, got null'],
    [[1, 2, 3], 'event must be an object, got an array of 3'],
    ['lock.locked', 'event must be an object, got "lock.locked"'],
    [42, 'event must be an object, got 42'],
    [undefined, 'event must be an object, got nothing'],
  ])('wraps the non-object %j', (raw, reason) => {
    const event = parseSeamEvent(raw)
    expect(event).toMatchObject({ status: 'invalid', reason, type: '', occurredAt: 0 })
    expect(event.raw).toEqual({ value: raw })
    expect(event.id).toMatch(/^invalid:[0-9a-f]{16}$/)
  })

  it('keeps reasons short for huge payloads', () => {
    const huge = 'x'.repeat(1_000_000)
    const event = parseSeamEvent(withChanges(fakeUnlock, { method: [huge], event_id: huge + '!' }))
    expect(event.status).toBe('invalid')
    expect(event.id).toBe(huge + '!')
    expect(event.reason).toBe('method must be a string, got an array of 1')
    const type = parseSeamEvent(withChanges(fakeUnlock, { created_at: huge }))
    expect(type.reason!.length).toBeLessThan(120)
  })
})

describe('parseSeamEvents', () => {
  it('parses each event in order', () => {
    const events = parseSeamEvents([fakeUnlock, null, SEED_EXAMPLES['device.tampered']])
    expect(events.map((event) => event.status)).toEqual(['known', 'invalid', 'known'])
    expect(events[2]!.severity).toBe('critical')
  })
})
