// Turns the catalogue's specs into the device and account objects Seam would return for them.
import type { Instant } from '../../src/domain/events/parsed-event'
import { batteryStatusFor, deviceRole } from './device-kinds'
import type { AccountSeed, CustomMetadata, DeviceProperties, DeviceRecord } from './fake-store'
import type { AccountKey, AccountSpec, DeviceSpec } from './portfolio-catalogue'
import { PORTFOLIO_NAME, propertyId } from './portfolio-catalogue'
import { stableUuid } from './stable-id'

export function deviceIdFor(key: string): string {
  return stableUuid(`device:${key}`)
}

export function accountIdFor(key: AccountKey): string {
  return stableUuid(`account:${key}`)
}

const DAY_MS = 86_400_000

export function buildAccountSeed(
  spec: AccountSpec,
  workspaceId: string,
  now: Instant,
): AccountSeed {
  return {
    connected_account_id: accountIdFor(spec.key),
    workspace_id: workspaceId,
    provider: spec.provider,
    display_name: spec.displayName,
    email: spec.email,
    account_type_display_name: spec.typeDisplayName,
    created_at: new Date(now - spec.connectedDaysAgo * DAY_MS).toISOString(),
    custom_metadata: { portfolio: PORTFOLIO_NAME },
  }
}

/** The device as it is at `now`, installed `spec.installedDaysAgo` before. */
export function buildDeviceRecord(
  spec: DeviceSpec,
  workspaceId: string,
  now: Instant,
): DeviceRecord {
  const role = deviceRole(spec.type)
  const isLock = role === 'lock'
  const metadata: CustomMetadata = {
    property: spec.property,
    property_id: propertyId(spec.property),
    ...(spec.unit === undefined ? {} : { unit: spec.unit }),
    ...(spec.hub === undefined ? {} : { hub_device_id: deviceIdFor(spec.hub) }),
    ...(spec.door === undefined ? {} : { door_device_id: deviceIdFor(spec.door) }),
  }
  const battery =
    spec.battery === undefined
      ? undefined
      : { level: spec.battery, status: batteryStatusFor(spec.battery) }
  const properties: DeviceProperties = {
    name: spec.name,
    appearance: { name: spec.name },
    online: true,
    manufacturer: spec.model.manufacturer,
    model: {
      display_name: spec.model.displayName,
      manufacturer_display_name: spec.model.manufacturerDisplayName,
    },
    serial_number: serialNumber(spec.key),
    has_direct_power: battery === undefined,
    battery,
    battery_level: battery?.level,
    // The fake adds noise fields to every device; only the noise sensor keeps them.
    noise_level_decibels: undefined,
    currently_triggering_noise_threshold_ids: undefined,
    ...roleProperties(spec),
    ...vendorMetadata(spec),
  }
  return {
    device_id: deviceIdFor(spec.key),
    device_type: spec.type,
    display_name: spec.name,
    connected_account_id: accountIdFor(spec.account),
    workspace_id: workspaceId,
    is_managed: true,
    created_at: new Date(now - spec.installedDaysAgo * DAY_MS).toISOString(),
    capabilities_supported: capabilities(spec),
    ...(isLock
      ? {
          can_remotely_lock: true,
          can_remotely_unlock: true,
          can_program_online_access_codes: spec.keypad === true,
        }
      : {}),
    custom_metadata: metadata,
    errors: [],
    warnings: [],
    properties,
  }
}

function capabilities(spec: DeviceSpec): string[] {
  const battery = spec.battery === undefined ? [] : ['battery']
  const role = deviceRole(spec.type)
  switch (role) {
    case 'lock':
      return [...(spec.keypad === true ? ['access_code'] : []), 'lock', ...battery]
    case 'thermostat':
      return ['thermostat']
    case 'noise_sensor':
      return ['noise_detection', ...battery]
    case 'camera':
    case 'doorbell':
    case 'hub':
    case undefined:
      return battery
    default:
      role satisfies never
      return battery
  }
}

function roleProperties(spec: DeviceSpec): Partial<DeviceProperties> {
  const role = deviceRole(spec.type)
  switch (role) {
    case 'lock':
      return {
        locked: true,
        door_open: false,
        // August's keypad is an accessory with its own battery; the others have one built in.
        ...(spec.keypad === true && spec.type === 'august_lock'
          ? { accessory_keypad: { is_connected: true, battery: { level: 0.9 } } }
          : {}),
      }
    case 'thermostat':
      return {
        temperature_celsius: 19.5,
        temperature_fahrenheit: 67.1,
        relative_humidity: 0.41,
        is_heating: true,
        is_cooling: false,
        is_fan_running: false,
        fan_mode_setting: 'auto',
        available_hvac_mode_settings: ['heat', 'cool', 'heat_cool', 'off'],
        current_climate_setting: {
          hvac_mode_setting: 'heat',
          heating_set_point_celsius: 20,
          manual_override_allowed: true,
        },
      }
    case 'noise_sensor':
      return { noise_level_decibels: 38, currently_triggering_noise_threshold_ids: [] }
    case 'camera':
    case 'doorbell':
    case 'hub':
    case undefined:
      return {}
    default:
      role satisfies never
      return {}
  }
}

/** The provider's own identifiers, as Seam passes them through in `<provider>_metadata`. */
function vendorMetadata(spec: DeviceSpec): Partial<DeviceProperties> {
  const vendorId = serialNumber(`${spec.key}:vendor`).toLowerCase()
  switch (spec.account) {
    case 'august':
      return {
        august_metadata: {
          lock_id: vendorId,
          lock_name: spec.name,
          house_name: spec.property,
          has_keypad: spec.keypad === true,
          model: spec.model.displayName,
        },
      }
    case 'smartthings':
      return {
        smartthings_metadata: { device_id: vendorId, device_name: spec.name, location_id: 'hv-01' },
      }
    case 'salto':
      return {
        salto_metadata: {
          lock_id: vendorId,
          customer_reference: spec.name,
          lock_type: spec.keypad === true ? 'wall_reader' : 'cylinder',
          battery_level: 'normal',
          locked_state: 'locked',
          model: spec.model.displayName,
        },
      }
    case 'nest':
      return { nest_metadata: { nest_device_id: vendorId, device_name: spec.name } }
    case 'minut':
      return { minut_metadata: { device_id: vendorId, device_name: spec.name } }
    case 'cedar_owner':
      return { schlage_metadata: { device_id: vendorId, device_name: spec.name } }
    default:
      spec.account satisfies never
      return {}
  }
}

function serialNumber(key: string): string {
  return stableUuid(`serial:${key}`).replace(/-/g, '').slice(0, 12).toUpperCase()
}
