// What the fleet's "Filter devices" box searches: a device's names, ids, kind, model and places.
import type { Device } from '../devices/device-schema'

export interface DeviceSearchInput {
  readonly deviceId: string
  /** Its inventory entry; undefined for a device known only from its events. */
  readonly device: Device | undefined
  readonly name: string
  /** The kind in words ("August lock"). */
  readonly kindWords: string
  readonly accountId: string | undefined
  readonly accountName: string
}

/** Lower-case, one part per line, so a word never runs across two parts. */
export function deviceSearchText(input: DeviceSearchInput): string {
  const { device } = input
  const parts: string[] = [input.name, input.deviceId, input.kindWords, input.accountName]
  if (input.accountId !== undefined) parts.push(input.accountId)
  if (device !== undefined) {
    const properties = device.properties
    parts.push(device.device_type)
    for (const text of [
      properties.model?.display_name,
      properties.model?.manufacturer_display_name,
      properties.manufacturer,
      properties.serial_number,
      device.display_name,
      device.nickname,
    ]) {
      if (text) parts.push(text)
    }
    // Property managers name places in custom_metadata ("property": "Maple St 12").
    for (const value of Object.values(device.custom_metadata ?? {})) {
      if (typeof value === 'string' || typeof value === 'number') parts.push(String(value))
    }
  }
  return parts.join('\n').toLowerCase()
}
