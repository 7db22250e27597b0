// What the large fleet's event actions share: device and account state, event builders, a queue.
import type { KnownEventType } from '../../src/domain/events/event-types'
import type { LargeFleetDevice } from './large-fleet-inventory'
import type { Random } from './seeded-random'

/** A Seam-shaped event without its times; the generator stamps them when it takes its slot. */
export type RawEvent = Record<string, unknown> & { event_type: string }

export interface DeviceState {
  readonly device: LargeFleetDevice
  readonly id: string
  readonly accountId: string
  online: boolean
  locked: boolean
  /** 0..1; undefined for mains-powered devices. */
  level: number | undefined
  flaky: boolean
  keypadConnected: boolean
  /** Some open spell (subscription, integration, privacy mode, unmanaged): one at a time. */
  busy: boolean
  /** Access codes set on the lock. */
  codes: string[]
  name: string
}

export interface AccountState {
  readonly id: string
  readonly index: number
  connected: boolean
  readonly devices: DeviceState[]
}

/** Produces the event of one slot when its time comes, or nothing if the moment passed. */
export type Emission = () => RawEvent | undefined

export interface FleetContext {
  readonly random: Random
  readonly devices: readonly DeviceState[]
  readonly accounts: readonly AccountState[]
  readonly byRole: ReadonlyMap<string, readonly DeviceState[]>
  deviceEvent(type: KnownEventType, device: DeviceState, fields?: Record<string, unknown>): RawEvent
  accountEvent(type: KnownEventType, accountId: string, fields?: Record<string, unknown>): RawEvent
  workspaceEvent(type: KnownEventType, fields?: Record<string, unknown>): RawEvent
  /** Emitted in the next slots, before anything new (a burst: a hub taking its locks down). */
  soon(emission: Emission): void
  /** Emitted at the first slot at least `delayMs` after this one. */
  later(delayMs: number, emission: Emission): void
  /** A fresh id for a code, webview or a device that comes and goes. */
  newId(): string
}

export const MINUTE_MS = 60_000
export const HOUR_MS = 60 * MINUTE_MS
