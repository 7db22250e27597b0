// Batteries drain (faster as they age), go low, go critical, and a technician replaces them.
import type { Instant } from '../../../src/domain/events/parsed-event'
import { batteryStatusFor, CRITICAL_LEVEL, hasBattery, LOW_LEVEL } from '../device-kinds'
import type { DeviceRecord } from '../fake-store'
import type { SimContext } from '../sim-context'
import { MINUTE, minutes } from '../sim-context'

const SWEEP_MS = MINUTE
const DAY_MS = 86_400_000
/** At or below this level someone is sent to change the batteries. */
const REPLACE_AT = 0.08

/**
 * Fraction lost per day at the calm pace. A healthy lock loses under half a percent a day; cells
 * near the end sag faster, so a lock that starts at 0.37 reaches "low" in a day of history or
 * within the first hour of the accelerated live run.
 */
export function dailyDrain(level: number): number {
  return 0.004 + 0.2 * Math.max(0, 0.45 - level)
}

export function startBatteryDrain(ctx: SimContext): void {
  const replacing = new Set<string>()
  // Exact levels: the store keeps three decimals, and a minute's drain is far below that.
  const exact = new Map<string, number>()
  let lastSweep = ctx.scheduler.now

  const sweep = (at: Instant) => {
    const elapsedDays = (at - lastSweep) / DAY_MS
    lastSweep = at
    for (const device of ctx.fleet.devices()) {
      // An offline device reports nothing, and Seam reports no battery events for unmanaged ones.
      if (!hasBattery(device) || !device.properties.online || !device.is_managed) continue
      drain(device, elapsedDays * ctx.scheduler.pace.drainScale, at)
    }
    ctx.scheduler.after(SWEEP_MS, sweep)
  }

  const drain = (device: DeviceRecord, days: number, at: Instant) => {
    const shown = device.properties.battery?.level ?? 1
    const level = exact.get(device.device_id) ?? shown
    const next = Math.max(0, level - dailyDrain(level) * days)
    exact.set(device.device_id, next)
    const after = round3(next)
    if (after === shown) return
    setLevel(ctx, device, after, at)
    if (after <= REPLACE_AT && !replacing.has(device.device_id)) {
      replacing.add(device.device_id)
      ctx.scheduler.after(
        minutes(ctx.random, 20, 60),
        (replacedAt) => {
          replacing.delete(device.device_id)
          exact.delete(device.device_id)
          const current = ctx.fleet.device(device.device_id)
          if (current !== undefined) setLevel(ctx, current, 1, replacedAt)
        },
        'gap',
      )
    }
  }

  ctx.scheduler.after(SWEEP_MS, sweep)
}

/** Writes the level and the events its crossing of a threshold causes. */
export function setLevel(ctx: SimContext, device: DeviceRecord, level: number, at: Instant): void {
  const before = device.properties.battery?.level ?? 1
  const beforeStatus = batteryStatusFor(before)
  const status = batteryStatusFor(level)
  ctx.fleet.patch(device.device_id, {
    properties: { battery: { level, status }, battery_level: level },
  })
  if (status !== beforeStatus) {
    ctx.events.device('device.battery_status_changed', device.device_id, at, {
      battery_level: level,
      battery_status: status,
    })
  }
  const crossed = (threshold: number) => before > threshold && level <= threshold
  if (crossed(LOW_LEVEL) || crossed(CRITICAL_LEVEL)) {
    ctx.events.device('device.low_battery', device.device_id, at, { battery_level: level })
  }
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000
}
