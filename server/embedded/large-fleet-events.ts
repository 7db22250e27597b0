// A large fleet's event history: one event per slot, evenly spread, each from device and account state.
import type { KnownEventType } from '../../src/domain/events/event-types'
import type { Instant } from '../../src/domain/events/parsed-event'
import { SEED_EXAMPLES } from '../../src/domain/events/seed-examples'
import {
  accessCodeActivity,
  batteryActivity,
  cameraActivity,
  connectivityActivity,
  doorbellActivity,
  hubOutage,
  lockActivity,
  noiseActivity,
} from './large-fleet-actions'
import type {
  AccountState,
  DeviceState,
  Emission,
  FleetContext,
  RawEvent,
} from './large-fleet-context'
import { EPISODE_COUNT, episodeAt } from './large-fleet-episodes'
import type { LargeFleetInventory } from './large-fleet-inventory'
import { createShuffleBag, type Random } from './seeded-random'

export interface LargeFleetEventsOptions {
  readonly random: Random
  readonly inventory: LargeFleetInventory
  readonly workspaceId: string
  readonly count: number
  /** The last event happens just before this. */
  readonly end: Instant
  /** How far back the first event is. */
  readonly spanMs: number
  /** Share of events of an undocumented type or with a broken payload, as real streams have. */
  readonly oddShare?: number
}

export interface LargeFleetHistory {
  /** Oldest first, created_at strictly increasing. */
  readonly events: RawEvent[]
  readonly devices: readonly DeviceState[]
  readonly accounts: readonly AccountState[]
}

/** Which kind of device the next routine event comes from, by weight. */
const ROLE_WEIGHTS: readonly [string, number][] = [
  ['lock', 70],
  ['camera', 13],
  ['doorbell', 8],
  ['noise_sensor', 4],
  ['thermostat', 1],
  ['hub', 0.05],
]
const ROLE_TOTAL = ROLE_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0)
const EPISODE_SHARE = 0.02
// Seam sometimes records an event a few seconds after it happened.
const LAG_PROBABILITY = 0.15

export function generateLargeFleetEvents(options: LargeFleetEventsOptions): LargeFleetHistory {
  const { random, inventory, workspaceId, count } = options
  const accounts: AccountState[] = inventory.accounts.map((account, index) => ({
    id: account.connected_account_id,
    index,
    connected: true,
    devices: [],
  }))
  const devices: DeviceState[] = inventory.devices.map((device) => {
    const state: DeviceState = {
      device,
      id: device.record.device_id,
      accountId: device.record.connected_account_id,
      online: true,
      locked: true,
      level: device.record.properties.battery?.level,
      flaky: false,
      keypadConnected: true,
      busy: false,
      codes: [],
      name: device.record.display_name,
    }
    accounts[device.accountIndex]?.devices.push(state)
    return state
  })
  const byRole = new Map<string, DeviceState[]>()
  for (const device of devices) {
    const list = byRole.get(device.device.role)
    if (list === undefined) byRole.set(device.device.role, [device])
    else list.push(device)
  }

  const burst: Emission[] = []
  const scheduled: { due: number; emission: Emission }[] = []
  const start = options.end - options.spanMs
  const step = options.spanMs / count
  let slotTime = start
  let idCounter = 0

  const envelope = (type: KnownEventType, extra: Record<string, unknown>): RawEvent => ({
    ...SEED_EXAMPLES[type],
    event_id: random.uuid(),
    event_type: type,
    workspace_id: workspaceId,
    ...extra,
  })
  const ctx: FleetContext = {
    random,
    devices,
    accounts,
    byRole,
    deviceEvent: (type, device, fields = {}) =>
      envelope(type, {
        device_id: device.id,
        connected_account_id: device.accountId,
        device_custom_metadata: device.device.record.custom_metadata,
        connected_account_custom_metadata: { portfolio: 'Large synthetic fleet' },
        ...fields,
      }),
    accountEvent: (type, accountId, fields = {}) =>
      envelope(type, {
        connected_account_id: accountId,
        connected_account_custom_metadata: { portfolio: 'Large synthetic fleet' },
        ...fields,
      }),
    workspaceEvent: (type, fields = {}) => envelope(type, fields),
    soon: (emission) => burst.push(emission),
    later: (delayMs, emission) => {
      const due = slotTime + delayMs
      let at = scheduled.length
      while (at > 0 && (scheduled[at - 1] as { due: number }).due > due) at--
      scheduled.splice(at, 0, { due, emission })
    },
    newId: () => `${random.uuid().slice(0, 24)}${(idCounter++).toString(16).padStart(12, '0')}`,
  }

  const episodes = createShuffleBag(
    random,
    Array.from({ length: EPISODE_COUNT }, (_, index) => index),
  )
  const routine = (): RawEvent | undefined => {
    if (random.chance(EPISODE_SHARE)) {
      const event = episodeAt(episodes.draw())(ctx)
      if (event !== undefined) return event
    }
    return routineEvent(ctx, pickRole(random))
  }

  const events: RawEvent[] = []
  const oddShare = options.oddShare ?? 0
  while (events.length < count) {
    slotTime = start + events.length * step
    let event: RawEvent | undefined
    const next = scheduled[0]
    if (burst.length > 0) event = (burst.shift() as Emission)()
    else if (next !== undefined && next.due <= slotTime)
      event = (scheduled.shift() as typeof next).emission()
    else event = routine()
    if (event === undefined) continue
    const createdAt = Math.round(slotTime)
    const lag = random.chance(LAG_PROBABILITY) ? random.int(300, 6_000) : 0
    event.created_at = new Date(createdAt).toISOString()
    event.occurred_at = new Date(createdAt - lag).toISOString()
    if (oddShare > 0 && random.chance(oddShare)) makeOdd(event, random)
    events.push(event)
  }
  return { events, devices, accounts }
}

function pickRole(random: Random): string {
  let roll = random.next() * ROLE_TOTAL
  for (const [role, weight] of ROLE_WEIGHTS) {
    roll -= weight
    if (roll < 0) return role
  }
  return 'lock'
}

function routineEvent(ctx: FleetContext, role: string): RawEvent | undefined {
  const device = ctx.random.pick(ctx.byRole.get(role) ?? ctx.devices)
  const roll = ctx.random.next()
  switch (device.device.role) {
    case 'lock':
      if (roll < 0.82) return lockActivity(ctx, device)
      if (roll < 0.92) return accessCodeActivity(ctx, device)
      if (roll < 0.98) return batteryActivity(ctx, device)
      return connectivityActivity(ctx, device)
    case 'hub':
      return hubOutage(ctx, device)
    case 'camera':
      return roll < 0.97 ? cameraActivity(ctx, device) : connectivityActivity(ctx, device)
    case 'doorbell':
      return roll < 0.97 ? doorbellActivity(ctx, device) : connectivityActivity(ctx, device)
    case 'noise_sensor':
      return noiseActivity(ctx, device)
    case 'thermostat':
      return connectivityActivity(ctx, device)
    default:
      device.device.role satisfies never
      return undefined
  }
}

/** An undocumented type (Seam adds some) or a payload the catalogue rejects. */
function makeOdd(event: RawEvent, random: Random): void {
  if (random.chance(0.5)) {
    event.event_type = `device.future_feature_${random.int(1, 5)}`
  } else {
    event.event_type = 'device.low_battery'
    event.battery_level = 1.7
  }
}
