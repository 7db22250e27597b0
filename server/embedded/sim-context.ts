// What every scenario of the simulator works with: the clock, the fleet, the event writer, codes.
import type { DeviceRole } from './device-kinds'
import { deviceRole, isActive } from './device-kinds'
import type { EventWriter } from './event-writer'
import type { AccountRecord, DevicePatch, DeviceRecord, FakeDatabase } from './fake-store'
import {
  findAccount,
  findDevice,
  patchDevice,
  workspaceAccounts,
  workspaceDevices,
} from './fake-store'
import type { MediaLibrary } from './media-library'
import type { Scheduler } from './sim-scheduler'
import type { Random } from './seeded-random'

export interface SimContext {
  readonly database: FakeDatabase
  readonly workspaceId: string
  readonly scheduler: Scheduler
  readonly random: Random
  readonly events: EventWriter
  readonly media: MediaLibrary
  readonly fleet: Fleet
  readonly codes: CodeBook
}

/**
 * The devices and accounts as the store holds them now, plus claims: an episode that changes a
 * device's state (privacy mode, a keypad unplugged...) claims it, so no other episode changes it
 * at the same time. Routine activity only picks devices that are active and unclaimed.
 */
export interface Fleet {
  devices(): DeviceRecord[]
  device(deviceId: string): DeviceRecord | undefined
  accounts(): AccountRecord[]
  account(accountId: string): AccountRecord | undefined
  patch(deviceId: string, patch: DevicePatch): void
  /** Active (managed, online) and unclaimed devices of a role that pass the filter. */
  available(role: DeviceRole, filter?: (device: DeviceRecord) => boolean): DeviceRecord[]
  claim(deviceId: string, owner: string): boolean
  release(deviceId: string, owner: string): void
  isClaimed(deviceId: string): boolean
}

export function createFleet(database: FakeDatabase, workspaceId: string): Fleet {
  const claims = new Map<string, string>()
  return {
    devices: () => workspaceDevices(database, workspaceId),
    device: (deviceId) => findDevice(database, deviceId),
    accounts: () => workspaceAccounts(database, workspaceId),
    account: (accountId) => findAccount(database, accountId),
    patch: (deviceId, patch) => patchDevice(database, deviceId, patch),
    available(role, filter = () => true) {
      return workspaceDevices(database, workspaceId).filter(
        (device) =>
          deviceRole(device.device_type) === role &&
          isActive(device) &&
          !claims.has(device.device_id) &&
          filter(device),
      )
    },
    claim(deviceId, owner) {
      if (claims.has(deviceId)) return false
      claims.set(deviceId, owner)
      return true
    },
    release(deviceId, owner) {
      if (claims.get(deviceId) === owner) claims.delete(deviceId)
    },
    isClaimed: (deviceId) => claims.has(deviceId),
  }
}

/**
 * The access codes the simulator has in play, per lock: guests' codes that are on the lock (the
 * ones a keypad unlock uses), codes still being set or removed, and the last expired code (what
 * a guest who comes back too late types, and is denied).
 */
export interface CodeBook {
  activeOn(lockId: string): readonly string[]
  /** Codes on the lock in any stage, set or not. */
  inFlightOn(lockId: string): number
  lastExpiredOn(lockId: string): string | undefined
  begin(lockId: string, codeId: string): void
  activate(lockId: string, codeId: string): void
  deactivate(lockId: string, codeId: string): void
  /** The code's life is over; `expired` remembers it as the lock's last expired code. */
  end(lockId: string, codeId: string, expired: boolean): void
}

export function createCodeBook(): CodeBook {
  const inFlight = new Map<string, Set<string>>()
  const active = new Map<string, Set<string>>()
  const expired = new Map<string, string>()
  const setOf = (map: Map<string, Set<string>>, lockId: string): Set<string> => {
    let set = map.get(lockId)
    if (set === undefined) {
      set = new Set()
      map.set(lockId, set)
    }
    return set
  }
  return {
    activeOn: (lockId) => [...(active.get(lockId) ?? [])],
    inFlightOn: (lockId) => inFlight.get(lockId)?.size ?? 0,
    lastExpiredOn: (lockId) => expired.get(lockId),
    begin: (lockId, codeId) => void setOf(inFlight, lockId).add(codeId),
    activate: (lockId, codeId) => void setOf(active, lockId).add(codeId),
    deactivate: (lockId, codeId) => void active.get(lockId)?.delete(codeId),
    end(lockId, codeId, wasExpired) {
      active.get(lockId)?.delete(codeId)
      inFlight.get(lockId)?.delete(codeId)
      if (wasExpired) expired.set(lockId, codeId)
    },
  }
}

/** An exponentially distributed wait with the given mean: the gaps of a Poisson process. */
export function exponentialMs(random: Random, meanMs: number): number {
  return -Math.log(1 - random.next()) * meanMs
}

export const SECOND = 1_000
export const MINUTE = 60_000

/** A random wait in [min, max) minutes, in milliseconds. */
export function minutes(random: Random, min: number, max: number): number {
  return random.between(min, max) * MINUTE
}

/** A random wait in [min, max) seconds, in milliseconds. */
export function seconds(random: Random, min: number, max: number): number {
  return random.between(min, max) * SECOND
}
