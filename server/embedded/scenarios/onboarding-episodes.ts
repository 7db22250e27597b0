// Episodes where things are created and deleted: a lock, an owner's account, unmanaged codes.
import type { KnownEventType } from '../../../src/domain/events/event-types'
import type { Instant } from '../../../src/domain/events/parsed-event'
import { accountIdFor, buildAccountSeed, buildDeviceRecord, deviceIdFor } from '../device-records'
import { supportsAccessCodes } from '../device-kinds'
import { addAccount, addDevice, deleteAccount, deleteDevice } from '../fake-store'
import type { DeviceSpec } from '../portfolio-catalogue'
import { OWNER_ACCOUNT_SPEC, OWNER_STORAGE_SPEC, SIDE_GATE_SPEC } from '../portfolio-catalogue'
import type { SimContext } from '../sim-context'
import { minutes, seconds } from '../sim-context'
import type { Episode } from './episode-helpers'
import { pickFree } from './episode-helpers'

/** Installs a device now; it stays claimed (left alone by other scenarios) until it is deleted. */
function install(ctx: SimContext, spec: DeviceSpec, owner: string, at: Instant): string {
  const record = buildDeviceRecord(spec, ctx.workspaceId, at)
  addDevice(ctx.database, record)
  ctx.fleet.claim(record.device_id, owner)
  ctx.events.device('device.added', record.device_id, at)
  return record.device_id
}

function uninstall(ctx: SimContext, deviceId: string, owner: string, at: Instant): void {
  const device = ctx.fleet.device(deviceId)
  if (device === undefined) return
  ctx.events.device('device.deleted', deviceId, at, { device_name: device.properties.name })
  deleteDevice(ctx.database, deviceId)
  ctx.fleet.release(deviceId, owner)
}

/**
 * A gate lock is installed, then taken off the account in the August app (device.removed, with
 * the device_removed error Seam shows) and deleted from Seam.
 */
export const addAndRemoveGateLock: Episode = (ctx, at) => {
  if (ctx.fleet.device(deviceIdFor(SIDE_GATE_SPEC.key)) !== undefined) return false
  const owner = 'gate-lock'
  const id = install(ctx, SIDE_GATE_SPEC, owner, at)
  ctx.scheduler.after(minutes(ctx.random, 15, 40), (removedAt) => {
    const removed = 'The device was removed from its account outside Seam.'
    ctx.fleet.patch(id, {
      properties: { online: false },
      errors: [
        {
          error_code: 'device_removed',
          message: removed,
          created_at: new Date(removedAt).toISOString(),
          is_device_error: true,
        },
      ],
    })
    ctx.events.device('device.removed', id, removedAt)
    ctx.scheduler.after(seconds(ctx.random, 20, 60), (deletedAt) =>
      uninstall(ctx, id, owner, deletedAt),
    )
  })
  return true
}

/**
 * An owner connects their own Schlage account through a Connect Webview (mistyping the password
 * once), its lock syncs in, and the next day's audit removes the account again.
 */
export const ownerConnectsAndLeaves: Episode = (ctx, at) => {
  const accountId = accountIdFor(OWNER_ACCOUNT_SPEC.key)
  if (ctx.fleet.account(accountId) !== undefined) return false
  const owner = 'owner-account'
  const viaWebview = { connect_webview_id: ctx.random.uuid() }
  ctx.events.workspace('connect_webview.login_failed', at, viaWebview)
  ctx.scheduler.after(seconds(ctx.random, 30, 90), (loginAt) => {
    addAccount(ctx.database, buildAccountSeed(OWNER_ACCOUNT_SPEC, ctx.workspaceId, loginAt))
    ctx.events.account('connect_webview.login_succeeded', accountId, loginAt, viaWebview)
    ctx.events.account('connected_account.created', accountId, loginAt, viaWebview)
    ctx.events.account('connected_account.successful_login', accountId, loginAt, viaWebview)
    ctx.events.account('connected_account.connected', accountId, loginAt, viaWebview)
    ctx.scheduler.after(seconds(ctx.random, 40, 120), (syncAt) => {
      const lockId = install(ctx, OWNER_STORAGE_SPEC, owner, syncAt)
      ctx.events.account('connected_account.completed_first_sync', accountId, syncAt)
      ctx.scheduler.after(minutes(ctx.random, 20, 40), (leaveAt) => {
        uninstall(ctx, lockId, owner, leaveAt)
        ctx.events.account('connected_account.deleted', accountId, leaveAt, {
          connected_account_type: OWNER_ACCOUNT_SPEC.provider,
        })
        deleteAccount(ctx.database, accountId)
      })
    })
  })
  return true
}

/**
 * A code typed in at the keypad of a free lock that takes codes: its lock, its id, and a writer of
 * its events (silent once the lock is gone); undefined when no such lock is free.
 */
function typeInUnmanagedCode(ctx: SimContext, at: Instant) {
  const lock = pickFree(ctx, 'lock', supportsAccessCodes)
  if (lock === undefined) return undefined
  const lockId = lock.device_id
  const codeId = ctx.random.uuid()
  const write = (type: KnownEventType, when: Instant) => {
    if (ctx.fleet.device(lockId) !== undefined) {
      ctx.events.device(type, lockId, when, { access_code_id: codeId })
    }
  }
  ctx.codes.begin(lockId, codeId)
  write('access_code.unmanaged.created', at)
  return { lockId, codeId, write }
}

/**
 * A code someone typed in at the keypad (unmanaged) that Seam takes over: it is then used and
 * removed like any managed code.
 */
export const unmanagedCodeConverted: Episode = (ctx, at) => {
  const code = typeInUnmanagedCode(ctx, at)
  if (code === undefined) return false
  const { lockId, codeId, write } = code
  ctx.scheduler.after(minutes(ctx.random, 1, 3), (convertedAt) => {
    write('access_code.unmanaged.converted_to_managed', convertedAt)
    ctx.codes.activate(lockId, codeId)
    ctx.scheduler.after(minutes(ctx.random, 10, 20), (removedAt) => {
      write('access_code.removed_from_device', removedAt)
      ctx.codes.deactivate(lockId, codeId)
      ctx.scheduler.after(seconds(ctx.random, 10, 40), (deletedAt) => {
        write('access_code.deleted', deletedAt)
        ctx.codes.end(lockId, codeId, true)
      })
    })
  })
  return true
}

/** An unmanaged code Seam cannot take over (the lock will not report it), later removed. */
export const unmanagedCodeRejected: Episode = (ctx, at) => {
  const code = typeInUnmanagedCode(ctx, at)
  if (code === undefined) return false
  const { lockId, codeId, write } = code
  ctx.scheduler.after(minutes(ctx.random, 1, 3), (failedAt) => {
    write('access_code.unmanaged.failed_to_convert_to_managed', failedAt)
    ctx.scheduler.after(minutes(ctx.random, 3, 8), (removedAt) => {
      write('access_code.unmanaged.removed', removedAt)
      ctx.codes.end(lockId, codeId, false)
    })
  })
  return true
}
