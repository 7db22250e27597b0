// The large fleet's routine activity: locks used, codes set, batteries draining, devices dropping out.
import { batteryStatusFor } from './device-kinds'
import type { DeviceState, FleetContext, RawEvent } from './large-fleet-context'
import { HOUR_MS, MINUTE_MS } from './large-fleet-context'

const MOTION = ['human', 'human', 'vehicle', 'package', 'other'] as const
const THRESHOLDS = [
  { name: 'builtin_first_disturbance', decibels: 70 },
  { name: 'builtin_second_disturbance', decibels: 80 },
] as const

export function lockActivity(ctx: FleetContext, device: DeviceState): RawEvent {
  const { random } = ctx
  if (!device.locked) {
    device.locked = true
    return ctx.deviceEvent('lock.locked', device, {
      method: random.chance(0.7) ? 'automatic' : 'manual',
    })
  }
  if (random.chance(0.05)) {
    const code = device.codes.length > 0 ? random.pick(device.codes) : ctx.newId()
    return ctx.deviceEvent('lock.access_denied', device, { access_code_id: code })
  }
  device.locked = false
  const roll = random.next()
  if (roll < 0.55 && device.codes.length > 0) {
    return ctx.deviceEvent('lock.unlocked', device, {
      method: 'keycode',
      access_code_id: random.pick(device.codes),
    })
  }
  return ctx.deviceEvent('lock.unlocked', device, { method: roll < 0.85 ? 'manual' : 'seamapi' })
}

/** A guest's code is created and set a minute or two later; old codes are removed and deleted. */
export function accessCodeActivity(ctx: FleetContext, device: DeviceState): RawEvent {
  const { random } = ctx
  if (device.codes.length < 3 || random.chance(0.3)) {
    const code = ctx.newId()
    const pin = String(random.int(1000, 9999))
    ctx.later(random.between(MINUTE_MS, 3 * MINUTE_MS), () => {
      device.codes.push(code)
      return ctx.deviceEvent('access_code.set_on_device', device, {
        access_code_id: code,
        code: pin,
      })
    })
    return ctx.deviceEvent(
      random.chance(0.3) ? 'access_code.scheduled_on_device' : 'access_code.created',
      device,
      { access_code_id: code, ...(random.chance(0.3) ? { code: pin } : {}) },
    )
  }
  const code = random.pick(device.codes)
  if (random.chance(0.2))
    return ctx.deviceEvent('access_code.changed', device, { access_code_id: code })
  device.codes = device.codes.filter((other) => other !== code)
  ctx.later(random.between(10_000, MINUTE_MS), () =>
    ctx.deviceEvent('access_code.deleted', device, { access_code_id: code }),
  )
  return ctx.deviceEvent('access_code.removed_from_device', device, { access_code_id: code })
}

/** Levels fall; thresholds raise low-battery events; sometimes someone replaces the battery. */
export function batteryActivity(ctx: FleetContext, device: DeviceState): RawEvent | undefined {
  const { random } = ctx
  if (device.level === undefined) return undefined
  const before = batteryStatusFor(device.level)
  if (device.level <= 0.12 && random.chance(0.4)) {
    device.level = 1
    return ctx.deviceEvent('device.battery_status_changed', device, {
      battery_level: 1,
      battery_status: 'full',
    })
  }
  device.level = Math.max(
    0.01,
    Math.round((device.level - random.between(0.005, 0.04)) * 100) / 100,
  )
  const after = batteryStatusFor(device.level)
  if (after !== before) {
    return ctx.deviceEvent('device.battery_status_changed', device, {
      battery_level: device.level,
      battery_status: after,
    })
  }
  if (device.level <= 0.25) {
    return ctx.deviceEvent('device.low_battery', device, { battery_level: device.level })
  }
  return ctx.deviceEvent('device.battery_status_changed', device, {
    battery_level: device.level,
    battery_status: after,
  })
}

/** A device drops out and comes back: mostly minutes, sometimes hours. */
export function connectivityActivity(ctx: FleetContext, device: DeviceState): RawEvent | undefined {
  if (!device.online) return reconnect(ctx, device)()
  device.online = false
  const outage = ctx.random.chance(0.7)
    ? ctx.random.between(MINUTE_MS, 8 * MINUTE_MS)
    : ctx.random.between(15 * MINUTE_MS, 6 * HOUR_MS)
  ctx.later(outage, reconnect(ctx, device))
  return ctx.deviceEvent('device.disconnected', device, { error_code: 'device_disconnected' })
}

export function reconnect(ctx: FleetContext, device: DeviceState) {
  return () => {
    if (device.online) return undefined
    device.online = true
    return ctx.deviceEvent('device.connected', device)
  }
}

/** A hub drops: it and every lock behind it go offline together, and return minutes later. */
export function hubOutage(ctx: FleetContext, hub: DeviceState): RawEvent | undefined {
  if (!hub.online) return reconnect(ctx, hub)()
  hub.online = false
  const locks = ctx.devices.filter((d) => d.device.hubId === hub.id && d.online)
  for (const lock of locks) {
    ctx.soon(() => {
      if (!lock.online) return undefined
      lock.online = false
      return ctx.deviceEvent('device.disconnected', lock, { error_code: 'hub_disconnected' })
    })
  }
  const back = ctx.random.between(12 * MINUTE_MS, 90 * MINUTE_MS)
  ctx.later(back, reconnect(ctx, hub))
  for (const lock of locks)
    ctx.later(back + ctx.random.between(5_000, 60_000), reconnect(ctx, lock))
  return ctx.deviceEvent('device.disconnected', hub, { error_code: 'hub_disconnected' })
}

export function cameraActivity(ctx: FleetContext, device: DeviceState): RawEvent {
  return ctx.deviceEvent('camera.activated', device, {
    activation_reason: 'motion_detected',
    motion_sub_type: ctx.random.pick(MOTION),
    image_url: '',
    video_url: '',
  })
}

export function doorbellActivity(ctx: FleetContext, device: DeviceState): RawEvent | undefined {
  const roll = ctx.random.next()
  if (roll < 0.6)
    return ctx.deviceEvent('device.doorbell_rang', device, { image_url: '', video_url: '' })
  if (roll < 0.9) return cameraActivity(ctx, device)
  return batteryActivity(ctx, device)
}

export function noiseActivity(ctx: FleetContext, device: DeviceState): RawEvent | undefined {
  if (ctx.random.chance(0.25)) return batteryActivity(ctx, device)
  const threshold = ctx.random.chance(0.7) ? THRESHOLDS[0] : THRESHOLDS[1]
  return ctx.deviceEvent('noise_sensor.noise_threshold_triggered', device, {
    noise_threshold_id: `${device.id}:${threshold.name}`,
    noise_threshold_name: threshold.name,
    noise_level_decibels: threshold.decibels + ctx.random.int(0, 12),
  })
}
