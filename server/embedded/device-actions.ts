// State changes shared by scenarios, each written to the device and announced by its event.
import type { Instant } from '../../src/domain/events/parsed-event'
import type { StoreIssue } from './fake-store'
import type { SimContext } from './sim-context'
import { MINUTE, seconds } from './sim-context'

export type DisconnectCode = 'device_disconnected' | 'hub_disconnected' | 'account_disconnected'

const CONNECTIVITY_CODES: ReadonlySet<string> = new Set([
  'device_offline',
  'device_disconnected',
  'hub_disconnected',
  'account_disconnected',
  'device_removed',
])

const DISCONNECT_MESSAGES: Readonly<Record<DisconnectCode, string>> = {
  device_disconnected: 'Device is not reachable: it stopped answering its bridge or Wi-Fi.',
  hub_disconnected: 'The hub this device connects through is offline.',
  account_disconnected: 'The connected account is disconnected; its owner must sign in again.',
}

export function deviceError(code: string, message: string, at: Instant): StoreIssue {
  return {
    error_code: code,
    message,
    created_at: new Date(at).toISOString(),
    is_device_error: true,
  }
}

export function deviceWarning(code: string, message: string, at: Instant): StoreIssue {
  return { warning_code: code, message, created_at: new Date(at).toISOString() }
}

function withoutCode(issues: readonly StoreIssue[], code: string): StoreIssue[] {
  return issues.filter((issue) => issue.error_code !== code && issue.warning_code !== code)
}

/** Adds (or replaces) an error or warning on the device. */
export function addIssue(ctx: SimContext, deviceId: string, issue: StoreIssue): void {
  const device = ctx.fleet.device(deviceId)
  if (device === undefined) return
  if (issue.error_code !== undefined) {
    ctx.fleet.patch(deviceId, { errors: [...withoutCode(device.errors, issue.error_code), issue] })
  } else if (issue.warning_code !== undefined) {
    const warnings = [...withoutCode(device.warnings, issue.warning_code), issue]
    ctx.fleet.patch(deviceId, { warnings })
  }
}

export function removeIssue(ctx: SimContext, deviceId: string, code: string): void {
  const device = ctx.fleet.device(deviceId)
  if (device === undefined) return
  ctx.fleet.patch(deviceId, {
    errors: withoutCode(device.errors, code),
    warnings: withoutCode(device.warnings, code),
  })
}

/**
 * Takes the device offline with the error Seam would show, then writes the disconnection event
 * (device.disconnected, or device.unmanaged.disconnected for an unmanaged device).
 */
export function takeOffline(ctx: SimContext, deviceId: string, code: DisconnectCode, at: Instant) {
  const device = ctx.fleet.device(deviceId)
  if (device === undefined || !device.properties.online) return
  const error: StoreIssue = {
    ...deviceError(code, DISCONNECT_MESSAGES[code], at),
    ...(code === 'account_disconnected'
      ? { is_device_error: false, is_connected_account_error: true }
      : {}),
  }
  ctx.fleet.patch(deviceId, {
    properties: { online: false },
    errors: [...device.errors.filter((issue) => !isConnectivityIssue(issue)), error],
  })
  const type = device.is_managed ? 'device.disconnected' : 'device.unmanaged.disconnected'
  ctx.events.device(type, deviceId, at, { error_code: code })
}

export function bringOnline(ctx: SimContext, deviceId: string, at: Instant): void {
  const device = ctx.fleet.device(deviceId)
  if (device === undefined || device.properties.online) return
  ctx.fleet.patch(deviceId, {
    properties: { online: true },
    errors: device.errors.filter((issue) => !isConnectivityIssue(issue)),
  })
  const type = device.is_managed ? 'device.connected' : 'device.unmanaged.connected'
  ctx.events.device(type, deviceId, at)
}

function isConnectivityIssue(issue: StoreIssue): boolean {
  return issue.error_code !== undefined && CONNECTIVITY_CODES.has(issue.error_code)
}

export type UnlockMethod = 'keycode' | 'manual' | 'seamapi'

/** Unlocks the door and schedules the relock (auto-lock, or someone locking it on the way out). */
export function unlockDoor(
  ctx: SimContext,
  lockId: string,
  at: Instant,
  method: UnlockMethod,
  accessCodeId?: string,
): boolean {
  const lock = ctx.fleet.device(lockId)
  if (lock === undefined || !lock.is_managed || !lock.properties.online) return false
  if (lock.properties.locked !== true) return false
  ctx.fleet.patch(lockId, { properties: { locked: false } })
  ctx.events.device('lock.unlocked', lockId, at, {
    method,
    ...(accessCodeId === undefined ? {} : { access_code_id: accessCodeId }),
  })
  ctx.scheduler.after(seconds(ctx.random, 20, 240), (relockAt) => relockDoor(ctx, lockId, relockAt))
  return true
}

function relockDoor(ctx: SimContext, lockId: string, at: Instant): void {
  const lock = ctx.fleet.device(lockId)
  if (lock === undefined || lock.properties.locked === true) return
  if (!lock.properties.online || !lock.is_managed) {
    // It cannot report the lock until it is back (or managed again); try again then.
    ctx.scheduler.after(MINUTE, (later) => relockDoor(ctx, lockId, later))
    return
  }
  ctx.fleet.patch(lockId, { properties: { locked: true } })
  // Seam documents `automatic` for Kwikset's auto-lock only.
  const method =
    lock.properties.manufacturer === 'kwikset'
      ? 'automatic'
      : ctx.random.pick(['manual', 'manual', 'manual', 'keycode', 'seamapi'])
  ctx.events.device('lock.locked', lockId, at, { method })
}
