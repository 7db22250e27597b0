// generateLargeFleet(): a deterministic synthetic fleet (accounts, 5,000 devices, 200,000 events) for scale work.
import type { Instant } from '../../src/domain/events/parsed-event'
import { batteryStatusFor } from './device-kinds'
import type { RawEvent } from './large-fleet-context'
import { generateLargeFleetEvents } from './large-fleet-events'
import {
  generateLargeInventory,
  LARGE_FLEET_SHAPE,
  type LargeFleetShape,
} from './large-fleet-inventory'
import type { AccountRecord, DeviceRecord } from './fake-store'
import { createSeededRandom } from './seeded-random'

export interface LargeFleetOptions {
  readonly seed?: number
  /** The newest event is just before this. */
  readonly end: Instant
  readonly events?: number
  /** How far back the history reaches; inside the default 7-day retention. */
  readonly spanMs?: number
  readonly shape?: LargeFleetShape
  readonly workspaceId?: string
  /** Share of undocumented or malformed events (default none). */
  readonly oddShare?: number
}

export interface LargeFleet {
  readonly accounts: readonly AccountRecord[]
  /** As Seam would list them at `end`: online, lock and battery agree with the events. */
  readonly devices: readonly DeviceRecord[]
  /** Oldest first. */
  readonly events: readonly RawEvent[]
}

export const LARGE_FLEET_EVENTS = 200_000
export const LARGE_FLEET_SPAN_MS = 6 * 86_400_000
export const LARGE_FLEET_WORKSPACE_ID = 'doorboard_large_workspace'
const DEFAULT_SEED = 5_000

export function generateLargeFleet(options: LargeFleetOptions): LargeFleet {
  const random = createSeededRandom(options.seed ?? DEFAULT_SEED)
  const workspaceId = options.workspaceId ?? LARGE_FLEET_WORKSPACE_ID
  const spanMs = options.spanMs ?? LARGE_FLEET_SPAN_MS
  const inventory = generateLargeInventory(
    random,
    workspaceId,
    options.end - spanMs,
    options.shape ?? LARGE_FLEET_SHAPE,
  )
  const history = generateLargeFleetEvents({
    random,
    inventory,
    workspaceId,
    count: options.events ?? LARGE_FLEET_EVENTS,
    end: options.end,
    spanMs,
    ...(options.oddShare === undefined ? {} : { oddShare: options.oddShare }),
  })
  const devices = history.devices.map((state): DeviceRecord => {
    const record = state.device.record
    const battery =
      state.level === undefined
        ? undefined
        : { level: state.level, status: batteryStatusFor(state.level) }
    return {
      ...record,
      display_name: state.name,
      properties: {
        ...record.properties,
        name: state.name,
        online: state.online,
        battery,
        battery_level: battery?.level,
        ...(state.device.role === 'lock' ? { locked: state.locked } : {}),
      },
    }
  })
  return { accounts: inventory.accounts, devices, events: history.events }
}
