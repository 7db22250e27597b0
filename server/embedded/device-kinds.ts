// What a portfolio device is (lock, hub, camera...) and how its battery level reads as a status.
import type { BatteryStatus, DeviceRecord } from './fake-store'

export type DeviceRole = 'lock' | 'hub' | 'camera' | 'doorbell' | 'thermostat' | 'noise_sensor'

/**
 * Seam names locks, thermostats and noise sensors in its device types; it has no published type
 * for cameras, doorbells or hubs yet, so the portfolio uses `nest_camera`, `nest_doorbell` and
 * `smartthings_hub`, named the way Seam names the others.
 */
export const CAMERA_DEVICE_TYPE = 'nest_camera'
export const DOORBELL_DEVICE_TYPE = 'nest_doorbell'
export const HUB_DEVICE_TYPE = 'smartthings_hub'

export function deviceRole(deviceType: string): DeviceRole | undefined {
  if (deviceType === HUB_DEVICE_TYPE) return 'hub'
  if (deviceType === CAMERA_DEVICE_TYPE) return 'camera'
  if (deviceType === DOORBELL_DEVICE_TYPE) return 'doorbell'
  if (deviceType.endsWith('_lock')) return 'lock'
  if (deviceType.endsWith('_thermostat')) return 'thermostat'
  if (deviceType === 'minut_sensor' || deviceType === 'noiseaware_activity_zone') {
    return 'noise_sensor'
  }
  return undefined
}

/** Levels at or below these read as critical / low (critical matches the dashboard's rule). */
export const CRITICAL_LEVEL = 0.1
export const LOW_LEVEL = 0.25
const FULL_LEVEL = 0.8

export function batteryStatusFor(level: number): BatteryStatus {
  if (level <= CRITICAL_LEVEL) return 'critical'
  if (level <= LOW_LEVEL) return 'low'
  return level >= FULL_LEVEL ? 'full' : 'good'
}

/** The property a device belongs to, from its custom metadata. */
export function propertyOf(device: DeviceRecord): string | undefined {
  const id = device.custom_metadata.property_id
  return typeof id === 'string' ? id : undefined
}

/** The hub a lock reaches Seam through, if any. */
export function hubOf(device: DeviceRecord): string | undefined {
  const id = device.custom_metadata.hub_device_id
  return typeof id === 'string' ? id : undefined
}

/** Whether Seam would report routine activity of the device now: managed and online. */
export function isActive(device: DeviceRecord): boolean {
  return device.is_managed && device.properties.online
}

export function supportsAccessCodes(device: DeviceRecord): boolean {
  return device.capabilities_supported.includes('access_code')
}

export function hasBattery(device: DeviceRecord): boolean {
  return device.properties.battery !== undefined
}
