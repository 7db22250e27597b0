// The accounts and devices of a large synthetic fleet (50 accounts, 5,000 devices) for benchmarks and FLEET=large.
import type { Instant } from '../../src/domain/events/parsed-event'
import {
  batteryStatusFor,
  CAMERA_DEVICE_TYPE,
  DOORBELL_DEVICE_TYPE,
  HUB_DEVICE_TYPE,
} from './device-kinds'
import type { AccountRecord, DeviceRecord } from './fake-store'
import type { Random } from './seeded-random'
import { stableUuid } from './stable-id'

export interface LargeFleetShape {
  readonly accounts: number
  readonly devicesPerAccount: number
}

export const LARGE_FLEET_SHAPE: LargeFleetShape = { accounts: 50, devicesPerAccount: 100 }

export type LargeDeviceRole = 'lock' | 'hub' | 'camera' | 'doorbell' | 'noise_sensor' | 'thermostat'

/** A device of the fleet and what the event generator needs to know about it. */
export interface LargeFleetDevice {
  readonly record: DeviceRecord
  readonly role: LargeDeviceRole
  readonly accountIndex: number
  /** The hub the lock reaches Seam through, if any. */
  readonly hubId?: string
}

export interface LargeFleetInventory {
  readonly accounts: readonly AccountRecord[]
  readonly devices: readonly LargeFleetDevice[]
}

interface Provider {
  readonly provider: string
  readonly label: string
  readonly lockType: string
  readonly manufacturer: string
}

const PROVIDERS: readonly Provider[] = [
  { provider: 'august', label: 'August', lockType: 'august_lock', manufacturer: 'august' },
  { provider: 'yale_home', label: 'Yale Home', lockType: 'yale_lock', manufacturer: 'yale' },
  { provider: 'salto_ks', label: 'Salto KS', lockType: 'salto_ks_lock', manufacturer: 'salto' },
  {
    provider: 'smartthings',
    label: 'SmartThings',
    lockType: 'smartthings_lock',
    manufacturer: 'smartthings',
  },
  { provider: 'schlage', label: 'Schlage', lockType: 'schlage_lock', manufacturer: 'schlage' },
  { provider: 'kwikset', label: 'Kwikset', lockType: 'kwikset_lock', manufacturer: 'kwikset' },
  {
    provider: 'igloohome',
    label: 'igloohome',
    lockType: 'igloohome_lock',
    manufacturer: 'igloohome',
  },
  { provider: 'nuki', label: 'Nuki', lockType: 'nuki_lock', manufacturer: 'nuki' },
]

const STREETS = [
  'Maple',
  'Harbor',
  'Birch',
  'Cedar',
  'Pine',
  'Willow',
  'Elm',
  'Aspen',
  'Juniper',
  'Alder',
]
const SUFFIXES = ['Court', 'Lofts', 'House', 'Residences', 'Terrace']
const DAY_MS = 86_400_000

/** Out of every 100 devices of an account: locks, then the rest. Two hubs carry 40 of the locks. */
function roleAt(index: number): LargeDeviceRole {
  if (index < 80) return 'lock'
  if (index < 82) return 'hub'
  if (index < 88) return 'camera'
  if (index < 92) return 'doorbell'
  if (index < 96) return 'noise_sensor'
  return 'thermostat'
}

export function largeAccountId(accountIndex: number): string {
  return stableUuid(`large:account:${accountIndex}`)
}

export function largeDeviceId(accountIndex: number, deviceIndex: number): string {
  return stableUuid(`large:device:${accountIndex}:${deviceIndex}`)
}

/** Deterministic for a given `random` state and `at`: ids come from positions, not draws. */
export function generateLargeInventory(
  random: Random,
  workspaceId: string,
  at: Instant,
  shape: LargeFleetShape = LARGE_FLEET_SHAPE,
): LargeFleetInventory {
  const accounts: AccountRecord[] = []
  const devices: LargeFleetDevice[] = []
  for (let a = 0; a < shape.accounts; a++) {
    const provider = PROVIDERS[a % PROVIDERS.length] as Provider
    const property = `${STREETS[a % STREETS.length]} ${SUFFIXES[Math.floor(a / STREETS.length) % SUFFIXES.length]} ${a + 1}`
    const accountId = largeAccountId(a)
    accounts.push({
      connected_account_id: accountId,
      workspace_id: workspaceId,
      provider: provider.provider,
      account_type: provider.provider,
      account_type_display_name: provider.label,
      display_name: `${property} (${provider.label})`,
      created_at: new Date(at - random.int(30, 900) * DAY_MS).toISOString(),
      custom_metadata: { portfolio: 'Large synthetic fleet' },
      errors: [],
      warnings: [],
    })
    for (let d = 0; d < shape.devicesPerAccount; d++) {
      const role = roleAt(d % 100)
      const hubIndex = role === 'lock' && d % 100 < 40 ? 80 + (d % 2) : undefined
      const hubId = hubIndex === undefined ? undefined : largeDeviceId(a, hubIndex)
      const record = deviceRecord({
        random,
        workspaceId,
        at,
        provider,
        property,
        accountId,
        a,
        d,
        role,
        hubId,
      })
      devices.push({ record, role, accountIndex: a, ...(hubId === undefined ? {} : { hubId }) })
    }
  }
  return { accounts, devices }
}

interface DeviceInput {
  readonly random: Random
  readonly workspaceId: string
  readonly at: Instant
  readonly provider: Provider
  readonly property: string
  readonly accountId: string
  readonly a: number
  readonly d: number
  readonly role: LargeDeviceRole
  readonly hubId: string | undefined
}

function deviceRecord(input: DeviceInput): DeviceRecord {
  const { random, role, provider, property, d } = input
  const unit = String(d + 1).padStart(3, '0')
  const name = `${property} – ${roleName(role)} ${unit}`
  const hasBattery = role === 'lock' || role === 'doorbell' || role === 'noise_sensor'
  // About one battery in ten is already low when the history starts, as in any real fleet.
  const draw = random.chance(0.1) ? random.between(0.12, 0.3) : random.between(0.3, 1)
  const level = hasBattery ? Math.round(draw * 100) / 100 : undefined
  const battery = level === undefined ? undefined : { level, status: batteryStatusFor(level) }
  return {
    device_id: largeDeviceId(input.a, d),
    device_type: deviceType(role, provider),
    display_name: name,
    connected_account_id: input.accountId,
    workspace_id: input.workspaceId,
    is_managed: true,
    created_at: new Date(input.at - random.int(10, 700) * DAY_MS).toISOString(),
    capabilities_supported:
      role === 'lock' ? ['access_code', 'lock', 'battery'] : hasBattery ? ['battery'] : [],
    ...(role === 'lock'
      ? {
          can_remotely_lock: true,
          can_remotely_unlock: true,
          can_program_online_access_codes: true,
        }
      : {}),
    custom_metadata: {
      property,
      unit,
      ...(input.hubId === undefined ? {} : { hub_device_id: input.hubId }),
    },
    errors: [],
    warnings: [],
    properties: {
      name,
      appearance: { name },
      online: true,
      manufacturer: provider.manufacturer,
      model: {
        display_name: `${provider.label} ${roleName(role)}`,
        manufacturer_display_name: provider.label,
      },
      has_direct_power: battery === undefined,
      battery,
      battery_level: battery?.level,
      ...(role === 'lock' ? { locked: true, door_open: false } : {}),
    },
  }
}

function roleName(role: LargeDeviceRole): string {
  switch (role) {
    case 'lock':
      return 'Door'
    case 'hub':
      return 'Hub'
    case 'camera':
      return 'Camera'
    case 'doorbell':
      return 'Doorbell'
    case 'noise_sensor':
      return 'Noise sensor'
    case 'thermostat':
      return 'Thermostat'
    default:
      role satisfies never
      return 'Device'
  }
}

function deviceType(role: LargeDeviceRole, provider: Provider): string {
  switch (role) {
    case 'lock':
      return provider.lockType
    case 'hub':
      return HUB_DEVICE_TYPE
    case 'camera':
      return CAMERA_DEVICE_TYPE
    case 'doorbell':
      return DOORBELL_DEVICE_TYPE
    case 'noise_sensor':
      return 'minut_sensor'
    case 'thermostat':
      return 'ecobee_thermostat'
    default:
      role satisfies never
      return provider.lockType
  }
}
