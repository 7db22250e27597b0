// Connectivity incidents: one lock with weak Wi-Fi that turns flaky, and the hub that drops its locks.
import type { Instant } from '../../../src/domain/events/parsed-event'
import { bringOnline, deviceWarning, removeIssue, addIssue, takeOffline } from '../device-actions'
import { deviceRole, hubOf } from '../device-kinds'
import type { SimContext } from '../sim-context'
import { minutes, seconds } from '../sim-context'

const FLAKY_WARNING = 'device_has_flaky_connection'

/**
 * stable → (quiet gap) → flaky: 2–4 drop-outs of under two minutes each → stabilized → stable.
 * The same lock each time, as in life: its router is too far away.
 */
export function startFlakyConnection(ctx: SimContext): void {
  const owner = 'flaky-connection'
  const candidates = ctx.fleet.available('lock', (lock) => hubOf(lock) === undefined)
  if (candidates.length === 0) return
  const lockId = ctx.random.pick(candidates).device_id
  let flapsLeft = 0

  const becomeFlaky = (at: Instant) => {
    if (!ctx.fleet.available('lock').some((lock) => lock.device_id === lockId)) {
      ctx.scheduler.after(minutes(ctx.random, 3, 6), becomeFlaky, 'gap')
      return
    }
    ctx.fleet.claim(lockId, owner)
    const message = 'The device keeps dropping off its network; check its Wi-Fi signal or bridge.'
    addIssue(ctx, lockId, deviceWarning(FLAKY_WARNING, message, at))
    ctx.events.device('device.connection_became_flaky', lockId, at)
    flapsLeft = ctx.random.int(2, 4)
    ctx.scheduler.after(minutes(ctx.random, 1, 3), dropOut)
  }
  const dropOut = (at: Instant) => {
    takeOffline(ctx, lockId, 'device_disconnected', at)
    ctx.scheduler.after(seconds(ctx.random, 20, 90), comeBack)
  }
  const comeBack = (at: Instant) => {
    bringOnline(ctx, lockId, at)
    flapsLeft -= 1
    if (flapsLeft > 0) ctx.scheduler.after(minutes(ctx.random, 1, 3), dropOut)
    else ctx.scheduler.after(minutes(ctx.random, 2, 4), stabilize)
  }
  const stabilize = (at: Instant) => {
    removeIssue(ctx, lockId, FLAKY_WARNING)
    ctx.events.device('device.connection_stabilized', lockId, at)
    ctx.fleet.release(lockId, owner)
    ctx.scheduler.after(minutes(ctx.random, 15, 30), becomeFlaky, 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 5, 20), becomeFlaky, 'gap')
}

/**
 * A hub outage the scenario must run at a set moment, whatever its own rhythm: the history of
 * `SIMULATOR_START=hub-outage` ends in the middle of one (see simulator-start.ts).
 */
export interface ForcedHubOutage {
  /** Simulated moment the hub drops. */
  readonly from: Instant
  /** Simulated moment it comes back. */
  readonly until: Instant
}

/**
 * Outages alternate: a blip shorter than the dashboard's offline grace period (10 min, so it
 * raises nothing), then one long enough to raise the hub incident.
 */
export const SHORT_HUB_OUTAGE_MINUTES = { min: 2, max: 6 } as const
export const LONG_HUB_OUTAGE_MINUTES = { min: 12, max: 25 } as const

/**
 * up → (quiet gap) → the hub loses power or its uplink: it goes offline and so does every lock
 * behind it (error_code hub_disconnected) → minutes later it is back and the locks reconnect
 * one by one → up. Blips and long outages take turns, starting with a blip.
 */
export function startHubOutages(ctx: SimContext, forced?: ForcedHubOutage): void {
  const hub = ctx.fleet.devices().find((device) => deviceRole(device.device_type) === 'hub')
  if (hub === undefined) return
  const hubId = hub.device_id
  const locksBehind = () =>
    ctx.fleet.devices().filter((device) => hubOf(device) === hubId && device.is_managed)
  let nextIsLong = false
  // Bumped at every drop and recovery. A step scheduled in a phase that is over does nothing: a
  // forced outage supersedes the pending recovery or next drop, and a lock still reconnecting
  // from the last outage stays down when the hub drops again.
  let phase = 0
  const inPhase = (step: (at: Instant) => void) => {
    const scheduledIn = phase
    return (at: Instant) => {
      if (scheduledIn === phase) step(at)
    }
  }

  // The duration is drawn after the locks' delays, in the order the seeded history always used.
  const goDown = (at: Instant, durationMs: () => number) => {
    phase += 1
    takeOffline(ctx, hubId, 'device_disconnected', at)
    // Seam notices each lock a moment after the hub, in no particular order.
    let delay = 0
    for (const lock of locksBehind()) {
      delay += seconds(ctx.random, 0.2, 3)
      ctx.scheduler.after(
        delay,
        inPhase((lockAt) => takeOffline(ctx, lock.device_id, 'hub_disconnected', lockAt)),
      )
    }
    ctx.scheduler.after(durationMs(), inPhase(recover))
  }
  const drop = (at: Instant) => {
    const current = ctx.fleet.device(hubId)
    if (current === undefined || !current.properties.online) {
      ctx.scheduler.after(minutes(ctx.random, 5, 10), inPhase(drop), 'gap')
      return
    }
    const { min, max } = nextIsLong ? LONG_HUB_OUTAGE_MINUTES : SHORT_HUB_OUTAGE_MINUTES
    nextIsLong = !nextIsLong
    goDown(at, () => minutes(ctx.random, min, max))
  }
  const recover = (at: Instant) => {
    phase += 1
    bringOnline(ctx, hubId, at)
    let delay = 0
    for (const lock of locksBehind()) {
      delay += seconds(ctx.random, 2, 20)
      ctx.scheduler.after(
        delay,
        inPhase((lockAt) => bringOnline(ctx, lock.device_id, lockAt)),
      )
    }
    ctx.scheduler.after(minutes(ctx.random, 25, 45), inPhase(drop), 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 10, 30), inPhase(drop), 'gap')
  if (forced !== undefined) {
    // Not in a phase: it takes over from whatever the hub is doing then, outage or not.
    ctx.scheduler.after(forced.from - ctx.scheduler.now, (at) =>
      goDown(at, () => forced.until - at),
    )
  }
}
