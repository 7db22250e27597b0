// Test support: a fake with the portfolio, a manual clock, and checks that state matches events.
import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import type { Instant } from '../../src/domain/events/parsed-event'
import { batteryStatusFor } from './device-kinds'
import type { DeviceRecord, FakeDatabase } from './fake-store'
import { workspaceDevices } from './fake-store'
import { addPortfolioInventory } from './portfolio-seed'

export const TEST_WORKSPACE_ID = 'test_portfolio_workspace'
export const TEST_MEDIA_BASE_URL = 'http://127.0.0.1:8787'
/** A fixed "now" so that every run writes the same events. */
export const TEST_NOW = Date.parse('2025-06-02T12:00:00.000Z')

export interface ManualClock {
  now: () => Instant
  set(time: Instant): void
  advance(ms: number): void
}

export function createManualClock(start: Instant): ManualClock {
  let time = start
  return {
    now: () => time,
    set: (next) => void (time = next),
    advance: (ms) => void (time += ms),
  }
}

/** A fake with the portfolio's workspace and inventory at `at`, and no history. */
export async function createPortfolioFake(at: Instant): Promise<Fake> {
  const fake = await createFake()
  fake.database.addWorkspace({ workspace_id: TEST_WORKSPACE_ID, name: 'Test portfolio' })
  addPortfolioInventory(fake.database, TEST_WORKSPACE_ID, at)
  return fake
}

export type StoredEvent = Record<string, unknown> & { event_type: string; created_at: string }

export function storedEvents(database: FakeDatabase): StoredEvent[] {
  return database.events.filter((event) => event.workspace_id === TEST_WORKSPACE_ID)
}

const CONNECTIVITY = new Set([
  'device.connected',
  'device.disconnected',
  'device.unmanaged.connected',
  'device.unmanaged.disconnected',
])

/**
 * What does not agree between each device and the last events written about it: online flag vs.
 * last (dis)connection, locked vs. last lock event, battery status vs. level and vs. the last
 * battery_status_changed. Empty when all agree.
 */
export function stateProblems(database: FakeDatabase, workspaceId: string): string[] {
  const lastOf = new Map<string, Map<string, StoredEvent>>()
  for (const event of database.events) {
    const deviceId = event.device_id
    if (event.workspace_id !== workspaceId || deviceId === undefined) continue
    const kind = CONNECTIVITY.has(event.event_type)
      ? 'connectivity'
      : event.event_type.startsWith('lock.') && event.event_type !== 'lock.access_denied'
        ? 'lock'
        : event.event_type === 'device.battery_status_changed'
          ? 'battery'
          : undefined
    if (kind === undefined) continue
    const perDevice = lastOf.get(deviceId) ?? new Map<string, StoredEvent>()
    perDevice.set(kind, event)
    lastOf.set(deviceId, perDevice)
  }
  const problems: string[] = []
  for (const device of workspaceDevices(database, workspaceId)) {
    const last = lastOf.get(device.device_id) ?? new Map<string, StoredEvent>()
    problems.push(...deviceProblems(device, last))
  }
  return problems
}

function deviceProblems(device: DeviceRecord, last: Map<string, StoredEvent>): string[] {
  const problems: string[] = []
  const name = device.properties.name
  const connectivity = last.get('connectivity')
  if (connectivity !== undefined) {
    const online = !connectivity.event_type.endsWith('disconnected')
    if (online !== device.properties.online) {
      problems.push(`${name}: online=${device.properties.online} after ${connectivity.event_type}`)
    }
    if (!online) {
      const code = connectivity.error_code
      if (!device.errors.some((issue) => issue.error_code === code)) {
        problems.push(`${name}: offline with ${String(code)} but errors do not say so`)
      }
    }
  }
  const lock = last.get('lock')
  if (lock !== undefined && (lock.event_type === 'lock.locked') !== device.properties.locked) {
    problems.push(`${name}: locked=${String(device.properties.locked)} after ${lock.event_type}`)
  }
  const battery = device.properties.battery
  if (battery !== undefined) {
    if (batteryStatusFor(battery.level) !== battery.status) {
      problems.push(`${name}: battery ${battery.level} shown as ${battery.status}`)
    }
    const change = last.get('battery')
    if (change !== undefined && change.battery_status !== battery.status) {
      problems.push(`${name}: battery ${battery.status} after ${String(change.battery_status)}`)
    }
  }
  return problems
}

const NEEDS_ONLINE = new Set([
  'lock.locked',
  'lock.unlocked',
  'lock.access_denied',
  'camera.activated',
  'device.doorbell_rang',
])

/**
 * Events that could not have happened given the ones before them: lock and camera activity of an
 * offline device, anything but unmanaged-device events while a device is unmanaged, and anything
 * about a device after it was deleted.
 */
export function eventOrderProblems(database: FakeDatabase, workspaceId: string): string[] {
  const offline = new Set<string>()
  const unmanaged = new Set<string>()
  const deleted = new Set<string>()
  const problems: string[] = []
  for (const event of database.events) {
    const deviceId = event.device_id
    if (event.workspace_id !== workspaceId || deviceId === undefined) continue
    const type = event.event_type
    const where = `${type} of ${deviceId} at ${event.created_at}`
    if (type === 'device.added') deleted.delete(deviceId)
    if (deleted.has(deviceId)) problems.push(`${where} after device.deleted`)
    if (NEEDS_ONLINE.has(type) && offline.has(deviceId)) problems.push(`${where} while offline`)
    const unmanagedType =
      type.startsWith('device.unmanaged.') || type === 'device.converted_to_unmanaged'
    if (unmanaged.has(deviceId) && !unmanagedType) problems.push(`${where} while unmanaged`)
    if (type === 'device.disconnected' || type === 'device.unmanaged.disconnected') {
      offline.add(deviceId)
    } else if (type === 'device.connected' || type === 'device.unmanaged.connected') {
      offline.delete(deviceId)
    } else if (type === 'device.converted_to_unmanaged') {
      unmanaged.add(deviceId)
    } else if (type === 'device.unmanaged.converted_to_managed') {
      unmanaged.delete(deviceId)
    } else if (type === 'device.deleted') {
      deleted.add(deviceId)
    }
  }
  return problems
}
