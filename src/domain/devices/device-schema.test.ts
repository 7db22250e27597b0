import { describe, expect, it } from 'vitest'
import { deviceBatteryLevel, deviceDisplayName, parseDevice } from './device-schema'
import type { Device } from './device-schema'

// As the fake Seam returns it from /devices/list.
const fakeAugustLock = {
  device_id: 'august_device_1',
  is_managed: true,
  device_type: 'august_lock',
  display_name: 'Smart Device',
  connected_account_id: 'john_connected_account_id',
  capabilities_supported: ['lock', 'access_code'],
  created_at: '2026-11-22T22:51:58.924Z',
  properties: {
    name: 'Fake August Lock 1',
    appearance: { name: 'Front Door' },
    online: true,
    manufacturer: 'august',
    locked: true,
    model: { display_name: 'Device', manufacturer_display_name: 'Generic' },
    battery: { level: 1, status: 'full' },
    currently_triggering_noise_threshold_ids: [],
  },
  workspace_id: 'seed_workspace_1',
  errors: [],
  warnings: [],
  custom_metadata: {},
  can_remotely_lock: true,
  can_remotely_unlock: true,
  can_program_online_access_codes: true,
  space_ids: [],
}

function parsed(raw: unknown): Device {
  const result = parseDevice(raw)
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

function changedProperties(changes: Record<string, unknown>) {
  return { ...fakeAugustLock, properties: { ...fakeAugustLock.properties, ...changes } }
}

describe('parseDevice', () => {
  it('accepts a device of the fake Seam and keeps the keys it does not know', () => {
    const device = parsed(fakeAugustLock)
    expect(device.device_id).toBe('august_device_1')
    expect(device.properties.online).toBe(true)
    expect(device.properties.battery).toEqual({ level: 1, status: 'full' })
    expect(device).toMatchObject({ can_remotely_lock: true, space_ids: [] })
  })

  it('accepts a bare device and gives it empty errors and warnings', () => {
    const device = parsed({ device_id: 'd1', device_type: 'minut_sensor', properties: {} })
    expect(device.errors).toEqual([])
    expect(device.warnings).toEqual([])
    expect(device.properties.online).toBeUndefined()
  })

  it('keeps device errors with their codes', () => {
    const device = parsed({
      ...fakeAugustLock,
      errors: [{ error_code: 'hub_disconnected', message: 'Hub offline', is_device_error: true }],
    })
    expect(device.errors).toEqual([
      { error_code: 'hub_disconnected', message: 'Hub offline', is_device_error: true },
    ])
  })

  it('drops an undocumented battery status but keeps the level', () => {
    const device = parsed(changedProperties({ battery: { level: 0.4, status: 'meh' } }))
    expect(device.properties.battery).toEqual({ level: 0.4, status: undefined })
  })

  it('rejects what would be drawn wrong, saying what and where', () => {
    expect(parseDevice(changedProperties({ battery: { level: 1.4, status: 'full' } }))).toEqual({
      ok: false,
      reason: 'device august_device_1: properties.battery.level 1.4 is outside 0..1',
    })
    expect(parseDevice(changedProperties({ online: 'yes' }))).toEqual({
      ok: false,
      reason: 'device august_device_1: properties.online must be true or false, got "yes"',
    })
    expect(parseDevice({ ...fakeAugustLock, device_id: '' })).toEqual({
      ok: false,
      reason: 'device: device_id is empty',
    })
    expect(parseDevice({ device_id: 'd2', device_type: 'x' })).toEqual({
      ok: false,
      reason: 'device d2: properties is missing',
    })
    expect(parseDevice(null)).toEqual({ ok: false, reason: 'device must be an object, got null' })
    expect(parseDevice([])).toEqual({
      ok: false,
      reason: 'device must be an object, got an array of 0',
    })
  })
})

describe('deviceDisplayName', () => {
  it('shows the nickname a person set in Seam, not the provider’s name', () => {
    const nicknamed = parsed({
      ...fakeAugustLock,
      nickname: 'Unit 3 – Entry',
      display_name: 'Unit 3 – Entry',
    })
    expect(nicknamed.properties.appearance?.name).toBe('Front Door')
    expect(deviceDisplayName(nicknamed)).toBe('Unit 3 – Entry')
  })

  it('falls back from display_name to nickname, appearance name, provider name, then the id', () => {
    expect(deviceDisplayName(parsed(fakeAugustLock))).toBe('Smart Device')
    const noDisplay = { ...fakeAugustLock, display_name: '' }
    expect(deviceDisplayName(parsed({ ...noDisplay, nickname: 'Back Gate' }))).toBe('Back Gate')
    expect(deviceDisplayName(parsed(noDisplay))).toBe('Front Door')
    expect(
      deviceDisplayName(parsed({ ...noDisplay, properties: { name: 'Fake August Lock 1' } })),
    ).toBe('Fake August Lock 1')
    expect(deviceDisplayName(parsed({ device_id: 'd1', device_type: 'x', properties: {} }))).toBe(
      'd1',
    )
    expect(
      deviceDisplayName(
        parsed({
          device_id: '6f1c1d8e-6b7d-4c55-9a1e-3f1f2c9d0a7b',
          device_type: 'x',
          properties: {},
        }),
      ),
    ).toBe('Device …9d0a7b')
  })
})

describe('deviceBatteryLevel', () => {
  it('reads the battery object first and the older battery_level field second', () => {
    expect(deviceBatteryLevel(parsed(fakeAugustLock))).toBe(1)
    expect(
      deviceBatteryLevel(parsed(changedProperties({ battery: undefined, battery_level: 0.3 }))),
    ).toBe(0.3)
    expect(deviceBatteryLevel(parsed(changedProperties({ battery: undefined })))).toBeUndefined()
  })
})
