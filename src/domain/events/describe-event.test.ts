import { describe, expect, it } from 'vitest'
import { describeEvent } from './describe-event'
import { parseSeamEvent } from './parse-event'
import { SEED_EXAMPLES } from './seed-examples'
import type { KnownEventType } from './event-types'

function event(type: KnownEventType, changes: Record<string, unknown> = {}) {
  return parseSeamEvent({ ...SEED_EXAMPLES[type], ...changes })
}

const frontDoor = { deviceName: 'Front door' }

describe('describeEvent', () => {
  it('says how a lock was operated', () => {
    expect(describeEvent(event('lock.unlocked'), frontDoor)).toBe(
      'Front door unlocked with keypad code',
    )
    expect(describeEvent(event('lock.locked'), frontDoor)).toBe('Front door locked manually')
    expect(describeEvent(event('lock.locked', { method: 'automatic' }), frontDoor)).toBe(
      'Front door locked automatically',
    )
    expect(describeEvent(event('lock.unlocked', { method: 'seamapi' }), frontDoor)).toBe(
      'Front door unlocked remotely through Seam',
    )
    expect(describeEvent(event('lock.unlocked', { method: 'face_id' }), frontDoor)).toBe(
      'Front door unlocked',
    )
    expect(describeEvent(event('lock.unlocked', { method: undefined }), {})).toBe('Lock unlocked')
    expect(
      describeEvent(event('lock.unlocked'), { ...frontDoor, accessCodeName: 'Guest Smith' }),
    ).toBe("Front door unlocked with code 'Guest Smith'")
  })

  it('gives battery levels in percent and statuses in words', () => {
    expect(describeEvent(event('device.low_battery', { battery_level: 0.08 }))).toBe(
      'Battery at 8 %',
    )
    expect(describeEvent(event('device.low_battery', { battery_level: 0.08 }), frontDoor)).toBe(
      'Front door battery at 8 %',
    )
    expect(describeEvent(event('device.battery_status_changed'))).toBe(
      'Battery status changed to critical',
    )
  })

  it('says why a device went offline', () => {
    const offline = (error_code: string | undefined) =>
      describeEvent(event('device.disconnected', { error_code }), frontDoor)
    expect(offline('hub_disconnected')).toBe('Front door went offline: hub disconnected')
    expect(offline('account_disconnected')).toBe('Front door went offline: account disconnected')
    expect(offline('device_disconnected')).toBe('Front door went offline: device disconnected')
    expect(offline('bridge_disconnected')).toBe('Front door went offline: bridge disconnected')
    expect(offline(undefined)).toBe('Front door went offline')
  })

  it('names what a camera saw and where a doorbell rang', () => {
    expect(describeEvent(event('camera.activated'))).toBe('Camera detected a person')
    expect(describeEvent(event('camera.activated', { motion_sub_type: 'vehicle' }))).toBe(
      'Camera detected a vehicle',
    )
    expect(describeEvent(event('camera.activated', { motion_sub_type: 'other' }))).toBe(
      'Camera detected motion',
    )
    expect(describeEvent(event('device.doorbell_rang'))).toBe('Doorbell rang')
    expect(describeEvent(event('device.doorbell_rang'), frontDoor)).toBe(
      'Doorbell rang at Front door',
    )
  })

  it('names access codes, noise thresholds and accounts when it can', () => {
    expect(
      describeEvent(event('access_code.failed_to_set_on_device'), {
        accessCodeName: 'Guest Smith',
      }),
    ).toBe("Access code 'Guest Smith' failed to set")
    expect(describeEvent(event('access_code.removed_from_device'), frontDoor)).toBe(
      'Access code removed from Front door',
    )
    expect(
      describeEvent(
        event('noise_sensor.noise_threshold_triggered', { noise_threshold_name: 'Quiet hours' }),
      ),
    ).toBe("Noise threshold 'Quiet hours' exceeded")
    expect(
      describeEvent(
        event('noise_sensor.noise_threshold_triggered', {
          noise_threshold_name: 'Quiet hours',
          noise_level_decibels: 71.6,
        }),
        { deviceName: 'Living room' },
      ),
    ).toBe("Noise threshold 'Quiet hours' exceeded at Living room (72 dB)")
    expect(describeEvent(event('connected_account.reauthorization_requested'))).toBe(
      'Account needs reauthorization',
    )
    expect(
      describeEvent(event('connected_account.disconnected'), { accountName: 'john@example.com' }),
    ).toBe("Account 'john@example.com' disconnected")
  })

  it('uses the name a device had when it was deleted or renamed', () => {
    expect(describeEvent(event('device.deleted', { device_name: 'Garage' }))).toBe(
      "Device 'Garage' deleted",
    )
    expect(describeEvent(event('device.name_changed', { device_name: 'Garage' }))).toBe(
      "Device renamed to 'Garage'",
    )
  })

  it('labels unknown and invalid events', () => {
    expect(describeEvent(event('device.connected', { event_type: 'device.foo_bar' }))).toBe(
      "Unknown event 'device.foo_bar'",
    )
    expect(describeEvent(event('device.low_battery', { battery_level: 1.7 }))).toBe(
      'Invalid event: battery_level 1.7 is outside 0..1',
    )
  })

  it('never prints a PIN, even when it is still in the raw payload', () => {
    for (const type of ['access_code.set_on_device', 'access_code.scheduled_on_device'] as const) {
      const parsed = event(type, { code: '4821' })
      expect(parsed.raw.code).toBe('4821')
      const text = describeEvent(parsed, { deviceName: 'Front door', accessCodeName: 'Guest' })
      expect(text).not.toContain('4821')
      expect(text).toMatch(/^Access code 'Guest' (set|scheduled) on Front door$/)
    }
  })
})
