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
 * up → (quiet gap) → the hub loses power or its uplink: it goes offline and so does every lock
 * behind it (error_code hub_disconnected) → minutes later it is back and the locks reconnect
 * one by one → up.
 */
export function startHubOutages(ctx: SimContext): void {
  const hub = ctx.fleet.devices().find((device) => deviceRole(device.device_type) === 'hub')
  if (hub === undefined) return
  const hubId = hub.device_id
  const locksBehind = () =>
    ctx.fleet.devices().filter((device) => hubOf(device) === hubId && device.is_managed)

  const drop = (at: Instant) => {
    const current = ctx.fleet.device(hubId)
    if (current === undefined || !current.properties.online) {
      ctx.scheduler.after(minutes(ctx.random, 5, 10), drop, 'gap')
      return
    }
    takeOffline(ctx, hubId, 'device_disconnected', at)
    // Seam notices each lock a moment after the hub, in no particular order.
    let delay = 0
    for (const lock of locksBehind()) {
      delay += seconds(ctx.random, 0.2, 3)
      ctx.scheduler.after(delay, (lockAt) =>
        takeOffline(ctx, lock.device_id, 'hub_disconnected', lockAt),
      )
    }
    ctx.scheduler.after(minutes(ctx.random, 2, 6), recover)
  }
  const recover = (at: Instant) => {
    bringOnline(ctx, hubId, at)
    let delay = 0
    for (const lock of locksBehind()) {
      delay += seconds(ctx.random, 2, 20)
      ctx.scheduler.after(delay, (lockAt) => bringOnline(ctx, lock.device_id, lockAt))
    }
    ctx.scheduler.after(minutes(ctx.random, 25, 45), drop, 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 10, 30), drop, 'gap')
}
