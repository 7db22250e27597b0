// Which devices share a doorbell's door: its lock and the cameras of its property.
import type { Device } from '../devices/device-schema'
import { deviceMetadataText } from '../devices/device-schema'

export interface DoorDevices {
  /** Devices whose events belong with the doorbell's (its lock, cameras at its property). */
  readonly companionIds: readonly string[]
  /** Maps each of them, and the doorbell, to the doorbell: the `doorOf` of mediaFeed. */
  readonly doorOf: (deviceId: string) => string
}

/**
 * Seam has no notion of a door, so the link comes from custom metadata the account owner sets:
 * `door_device_id` on a doorbell names the lock of its door, and cameras sharing the doorbell's
 * `property_id` watch the same entrance. A device that is not a doorbell has no companions.
 */
export function doorDevices(doorbell: Device, devices: readonly Device[]): DoorDevices {
  const lockId = deviceMetadataText(doorbell, 'door_device_id')
  const property = deviceMetadataText(doorbell, 'property_id')
  const companionIds: string[] = []
  if (lockId !== undefined) {
    for (const device of devices) {
      if (device.device_id === doorbell.device_id) continue
      const isDoorLock = device.device_id === lockId
      const isPropertyCamera =
        property !== undefined &&
        deviceMetadataText(device, 'property_id') === property &&
        device.device_type.includes('camera')
      if (isDoorLock || isPropertyCamera) companionIds.push(device.device_id)
    }
  }
  const companions = new Set(companionIds)
  return {
    companionIds,
    doorOf: (deviceId) => (companions.has(deviceId) ? doorbell.device_id : deviceId),
  }
}
