// Shared shapes of the rare episodes: what an episode is, picking a free device, holding a state.
import type { Instant } from '../../../src/domain/events/parsed-event'
import type { DeviceRole } from '../device-kinds'
import { hubOf } from '../device-kinds'
import type { DeviceRecord } from '../fake-store'
import type { SimContext } from '../sim-context'

/** Starts an episode at `at`; false when nothing fits right now (it is tried again soon). */
export type Episode = (ctx: SimContext, at: Instant) => boolean

/**
 * A free device for an episode that changes its state. Locks behind the hub are left to the hub
 * outage, which takes them offline whatever else is going on.
 */
export function pickFree(
  ctx: SimContext,
  role: DeviceRole,
  filter: (device: DeviceRecord) => boolean = () => true,
): DeviceRecord | undefined {
  const candidates = ctx.fleet.available(
    role,
    (device) => hubOf(device) === undefined && filter(device),
  )
  return candidates.length === 0 ? undefined : ctx.random.pick(candidates)
}

/** Claims the device, sets a state now, and undoes it after `holdMs`: most episodes' shape. */
export function hold(
  ctx: SimContext,
  device: DeviceRecord,
  owner: string,
  holdMs: number,
  steps: { begin: () => void; end: (at: Instant) => void },
): boolean {
  if (!ctx.fleet.claim(device.device_id, owner)) return false
  steps.begin()
  ctx.scheduler.after(holdMs, (at) => {
    steps.end(at)
    ctx.fleet.release(device.device_id, owner)
  })
  return true
}
