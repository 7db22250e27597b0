// The demo portfolio as plain data: a short-stay operator's accounts, properties and 40 devices.
import { CAMERA_DEVICE_TYPE, DOORBELL_DEVICE_TYPE, HUB_DEVICE_TYPE } from './device-kinds'

export type AccountKey = 'august' | 'smartthings' | 'salto' | 'nest' | 'minut' | 'cedar_owner'

export interface AccountSpec {
  readonly key: AccountKey
  readonly provider: string
  readonly displayName: string
  readonly email: string
  readonly typeDisplayName: string
  readonly connectedDaysAgo: number
}

export interface ModelSpec {
  readonly manufacturer: string
  readonly manufacturerDisplayName: string
  readonly displayName: string
}

export interface DeviceSpec {
  /** Stable key; the device id is derived from it. */
  readonly key: string
  readonly account: AccountKey
  readonly type: string
  readonly name: string
  readonly property: string
  readonly unit?: string
  readonly model: ModelSpec
  /** Battery level at the start of the history; absent for mains-powered devices. */
  readonly battery?: number
  /** An accessory keypad (August) or a built-in one: the lock takes PIN codes. */
  readonly keypad?: boolean
  /** Key of the hub the lock reaches Seam through. */
  readonly hub?: string
  /** For a doorbell: key of the lock of the door it stands at. */
  readonly door?: string
  readonly installedDaysAgo: number
}

export const PORTFOLIO_NAME = 'Harborline Stays'

export const ACCOUNT_SPECS: readonly AccountSpec[] = [
  {
    key: 'august',
    provider: 'august',
    displayName: 'Harborline Stays (August & Yale)',
    email: 'locks@harborline-stays.example',
    typeDisplayName: 'August',
    connectedDaysAgo: 412,
  },
  {
    key: 'smartthings',
    provider: 'smartthings',
    displayName: 'Harbor View building (SmartThings)',
    email: 'harborview@harborline-stays.example',
    typeDisplayName: 'SmartThings',
    connectedDaysAgo: 268,
  },
  {
    key: 'salto',
    provider: 'salto_ks',
    displayName: 'Riverside Lofts (Salto KS)',
    email: 'riverside@harborline-stays.example',
    typeDisplayName: 'Salto KS',
    connectedDaysAgo: 190,
  },
  {
    key: 'nest',
    provider: 'nest',
    displayName: 'Harborline Stays (Google Nest)',
    email: 'cameras@harborline-stays.example',
    typeDisplayName: 'Google Nest',
    connectedDaysAgo: 155,
  },
  {
    key: 'minut',
    provider: 'minut',
    displayName: 'Pine Ridge Cabin (Minut)',
    email: 'pineridge@harborline-stays.example',
    typeDisplayName: 'Minut',
    connectedDaysAgo: 74,
  },
]

function model(manufacturer: string, manufacturerDisplayName: string, name: string): ModelSpec {
  return { manufacturer, manufacturerDisplayName, displayName: name }
}

const augustWifi = model('august', 'August', 'Wi-Fi Smart Lock (4th gen)')
const yaleAssure = model('yale', 'Yale', 'Assure Lock 2 Touchscreen')
const schlageZwave = model('schlage', 'Schlage', 'Connect Smart Deadbolt BE469ZP')
const kwiksetZwave = model('kwikset', 'Kwikset', 'SmartCode 916 Z-Wave')
const yaleZwave = model('yale', 'Yale', 'Assure Lock SL Z-Wave Plus')
const saltoEscutcheon = model('salto', 'SALTO', 'XS4 One keypad escutcheon')
const saltoCylinder = model('salto', 'SALTO', 'Neo electronic cylinder')
const nest = (name: string): ModelSpec => model('nest', 'Google Nest', name)

export const HARBOR_VIEW_HUB_KEY = 'harbor-view-lobby-hub'

type LockRow = readonly [
  account: AccountKey,
  type: string,
  property: string,
  door: string,
  model: ModelSpec,
  battery: number,
  keypad: boolean,
]

const LOFTS = ['101', '102', '103', '104', '201', '202', '203', '301', '302', '303', '304']
const LOFT_BATTERIES = [0.84, 0.77, 0.69, 0.91, 0.58, 0.81, 0.66, 0.95, 0.52, 0.74, 0.87]

/** One row per lock; its name is "<property> – <door>" and its key is derived from the name. */
const LOCK_ROWS: readonly LockRow[] = [
  ['august', 'august_lock', 'Maple St 12', 'Front door', augustWifi, 0.82, true],
  ['august', 'august_lock', 'Maple St 12', 'Back door', augustWifi, 0.64, false],
  // Starts the live run just above "low": its low-battery alert shows within the first hour.
  ['august', 'yale_lock', 'Maple St 12', 'Garage side door', yaleAssure, 0.37, true],
  ['august', 'august_lock', 'Maple St 14', 'Front door', augustWifi, 0.91, true],
  ['august', 'yale_lock', 'Maple St 14', 'Patio door', yaleAssure, 0.58, true],
  ['august', 'august_lock', 'Birch Ave 7', 'Front door', augustWifi, 0.73, true],
  // Goes low during the history.
  ['august', 'yale_lock', 'Birch Ave 7', 'Back door', yaleAssure, 0.27, true],
  ['august', 'august_lock', 'Pine Ridge Cabin', 'Front door', augustWifi, 0.69, true],
  // Critical during the history, then its batteries are replaced.
  ['august', 'yale_lock', 'Pine Ridge Cabin', 'Ski room', yaleAssure, 0.12, true],
  ['august', 'august_lock', 'Cedar Ct 5', 'Unit 5A door', augustWifi, 0.88, true],
  ['august', 'august_lock', 'Cedar Ct 5', 'Unit 5B door', augustWifi, 0.47, false],
  ['august', 'yale_lock', 'Cedar Ct 5', 'Shared gate', yaleAssure, 0.95, true],
  // Harbor View's unit doors are Z-Wave locks behind the lobby hub (see hub below).
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 1A door', schlageZwave, 0.71, true],
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 1B door', kwiksetZwave, 0.56, true],
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 2A door', yaleZwave, 0.88, true],
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 2B door', kwiksetZwave, 0.43, true],
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 3A door', schlageZwave, 0.93, true],
  ['smartthings', 'smartthings_lock', 'Harbor View', 'Unit 3B door', kwiksetZwave, 0.62, true],
  ['salto', 'salto_lock', 'Riverside Lofts', 'Main entrance', saltoEscutcheon, 0.79, true],
  ['salto', 'salto_lock', 'Riverside Lofts', 'Bike room', saltoCylinder, 0.61, false],
  ['salto', 'salto_lock', 'Riverside Lofts', 'Roof terrace', saltoCylinder, 0.54, false],
  ...LOFTS.map((loft, index): LockRow => [
    'salto',
    'salto_lock',
    'Riverside Lofts',
    `Loft ${loft}`,
    saltoEscutcheon,
    LOFT_BATTERIES[index] ?? 0.8,
    true,
  ]),
]

type OtherRow = readonly [
  account: AccountKey,
  type: string,
  name: string,
  model: ModelSpec,
  extra?: Pick<DeviceSpec, 'battery' | 'door'>,
]

const OTHER_ROWS: readonly OtherRow[] = [
  [
    'smartthings',
    HUB_DEVICE_TYPE,
    'Harbor View – Lobby hub',
    model('aeotec', 'Aeotec', 'Smart Home Hub'),
  ],
  ['nest', 'nest_thermostat', 'Pine Ridge Cabin – Thermostat', nest('Nest Learning Thermostat')],
  ['nest', CAMERA_DEVICE_TYPE, 'Maple St 12 – Driveway camera', nest('Nest Cam with floodlight')],
  [
    'nest',
    CAMERA_DEVICE_TYPE,
    'Birch Ave 7 – Backyard camera',
    nest('Nest Cam (battery)'),
    { battery: 0.66 },
  ],
  ['nest', CAMERA_DEVICE_TYPE, 'Harbor View – Lobby camera', nest('Nest Cam (indoor, wired)')],
  [
    'nest',
    DOORBELL_DEVICE_TYPE,
    'Maple St 12 – Doorbell',
    nest('Nest Doorbell (battery)'),
    { battery: 0.78, door: 'maple-st-12-front-door' },
  ],
  [
    'nest',
    DOORBELL_DEVICE_TYPE,
    'Birch Ave 7 – Doorbell',
    nest('Nest Doorbell (wired)'),
    { door: 'birch-ave-7-front-door' },
  ],
  // The cabin is the party risk.
  [
    'minut',
    'minut_sensor',
    'Pine Ridge Cabin – Living room sensor',
    model('minut', 'Minut', 'Minut (2nd gen)'),
    { battery: 0.81 },
  ],
]

/** Days since each property's devices were installed. */
const INSTALLED_DAYS_AGO: Readonly<Record<string, number>> = {
  'Maple St 12': 410,
  'Maple St 14': 388,
  'Birch Ave 7': 250,
  'Pine Ridge Cabin': 120,
  'Cedar Ct 5': 95,
  'Harbor View': 268,
  'Riverside Lofts': 190,
}

function spec(account: AccountKey, type: string, name: string, model: ModelSpec): DeviceSpec {
  const property = name.split(' – ')[0] ?? name
  return {
    key: propertyId(name),
    account,
    type,
    name,
    property,
    model,
    installedDaysAgo: INSTALLED_DAYS_AGO[property] ?? 30,
  }
}

export const DEVICE_SPECS: readonly DeviceSpec[] = [
  ...LOCK_ROWS.map(([account, type, property, door, lockModel, battery, keypad]): DeviceSpec => {
    const base = spec(account, type, `${property} – ${door}`, lockModel)
    const unit = /^(?:Unit |Loft )(\w+)/.exec(door)?.[1]
    return {
      ...base,
      battery,
      keypad,
      ...(unit === undefined ? {} : { unit }),
      ...(account === 'smartthings' ? { hub: HARBOR_VIEW_HUB_KEY } : {}),
    }
  }),
  ...OTHER_ROWS.map(([account, type, name, otherModel, extra]): DeviceSpec => ({
    ...spec(account, type, name, otherModel),
    ...extra,
  })),
]

/**
 * Devices and accounts that come and go during the simulation: a gate lock installed and later
 * removed again, and a property owner who connects their own Schlage account during onboarding
 * and disconnects it again.
 */
export const SIDE_GATE_SPEC: DeviceSpec = {
  ...spec('august', 'yale_lock', 'Maple St 12 – Side gate', yaleAssure),
  battery: 1,
  keypad: true,
  installedDaysAgo: 0,
}

export const OWNER_ACCOUNT_SPEC: AccountSpec = {
  key: 'cedar_owner',
  provider: 'schlage',
  displayName: 'Cedar Ct 5 owner (Schlage)',
  email: 'owner.cedar5@example.com',
  typeDisplayName: 'Schlage',
  connectedDaysAgo: 0,
}

export const OWNER_STORAGE_SPEC: DeviceSpec = {
  ...spec(
    'cedar_owner',
    'schlage_lock',
    'Cedar Ct 5 – Owner storage',
    model('schlage', 'Schlage', 'Encode Plus Smart WiFi Deadbolt'),
  ),
  battery: 0.9,
  keypad: true,
  installedDaysAgo: 0,
}

/** Noise thresholds of the Minut sensor, as Minut's built-in ones are named. */
export const NOISE_THRESHOLD_SPECS = [
  { key: 'first-disturbance', name: 'builtin_first_disturbance', decibels: 65 },
  { key: 'second-disturbance', name: 'builtin_second_disturbance', decibels: 75 },
] as const

export function propertyId(property: string): string {
  return property
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
