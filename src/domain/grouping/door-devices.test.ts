import { describe, expect, it } from 'vitest'
import type { Device } from '../devices/device-schema'
import { doorDevices } from './door-devices'

function device(id: string, type: string, metadata: Record<string, string> = {}): Device {
  // Only the fields doorDevices reads.
  return { device_id: id, device_type: type, custom_metadata: metadata } as unknown as Device
}

const doorbell = device('bell', 'nest_doorbell', { property_id: 'maple', door_device_id: 'lock' })
const fleet = [
  doorbell,
  device('lock', 'august_lock', { property_id: 'maple' }),
  device('back-lock', 'august_lock', { property_id: 'maple' }),
  device('cam', 'nest_camera', { property_id: 'maple' }),
  device('far-cam', 'nest_camera', { property_id: 'birch' }),
]

describe('doorDevices', () => {
  it('finds the door lock and the cameras of the property, and maps them to the doorbell', () => {
    const door = doorDevices(doorbell, fleet)
    expect(door.companionIds).toEqual(['lock', 'cam'])
    expect(door.doorOf('lock')).toBe('bell')
    expect(door.doorOf('cam')).toBe('bell')
    expect(door.doorOf('back-lock')).toBe('back-lock')
    expect(door.doorOf('bell')).toBe('bell')
  })

  it('gives a device without a door_device_id no companions', () => {
    expect(doorDevices(fleet[1]!, fleet).companionIds).toEqual([])
  })
})
