// A party at the cabin: the noise sensor's level climbs past its thresholds, then calms down.
import type { Instant } from '../../../src/domain/events/parsed-event'
import { deviceRole } from '../device-kinds'
import type { SimContext } from '../sim-context'
import { minutes } from '../sim-context'

/**
 * quiet → (quiet gap) → loud enough for the first threshold → often louder, past the second →
 * quiet again (Seam has no event for that; the device's level and triggering list show it).
 */
export function startNoiseDisturbances(ctx: SimContext): void {
  const sensor = ctx.fleet
    .devices()
    .find((device) => deviceRole(device.device_type) === 'noise_sensor')
  if (sensor === undefined) return
  const sensorId = sensor.device_id
  const thresholds = ctx.database.noise_thresholds
    .filter((threshold) => threshold.device_id === sensorId)
    .sort((a, b) => a.noise_threshold_decibels - b.noise_threshold_decibels)
  const [first, second] = thresholds
  if (first === undefined) return

  const trigger = (threshold: typeof first, at: Instant, triggering: readonly string[]) => {
    const decibels = Math.round(threshold.noise_threshold_decibels + ctx.random.between(1, 9))
    ctx.fleet.patch(sensorId, {
      properties: {
        noise_level_decibels: decibels,
        currently_triggering_noise_threshold_ids: [...triggering],
      },
    })
    ctx.events.device('noise_sensor.noise_threshold_triggered', sensorId, at, {
      noise_threshold_id: threshold.noise_threshold_id,
      noise_threshold_name: threshold.name,
      noise_level_decibels: decibels,
    })
  }

  const getLoud = (at: Instant) => {
    if (ctx.fleet.device(sensorId)?.properties.online !== true) {
      ctx.scheduler.after(minutes(ctx.random, 5, 10), getLoud, 'gap')
      return
    }
    trigger(first, at, [first.noise_threshold_id])
    if (second !== undefined && ctx.random.chance(0.6)) {
      ctx.scheduler.after(minutes(ctx.random, 3, 8), (louderAt) => {
        trigger(second, louderAt, [first.noise_threshold_id, second.noise_threshold_id])
        ctx.scheduler.after(minutes(ctx.random, 10, 25), calmDown)
      })
    } else {
      ctx.scheduler.after(minutes(ctx.random, 10, 25), calmDown)
    }
  }
  const calmDown = () => {
    ctx.fleet.patch(sensorId, {
      properties: {
        noise_level_decibels: Math.round(ctx.random.between(34, 45)),
        currently_triggering_noise_threshold_ids: [],
      },
    })
    ctx.scheduler.after(minutes(ctx.random, 20, 40), getLoud, 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 10, 30), getLoud, 'gap')
}
