// An account's sign-in expires: a reauthorization request, a disconnection, then the owner signs in.
import type { Instant } from '../../../src/domain/events/parsed-event'
import { bringOnline, takeOffline } from '../device-actions'
import type { StoreIssue } from '../fake-store'
import { patchAccount } from '../fake-store'
import type { SimContext } from '../sim-context'
import { minutes, seconds } from '../sim-context'

/** The account whose sign-in lapses: Google's tokens expire, and every camera goes dark. */
const PROVIDER = 'nest'

/**
 * healthy → (quiet gap) → reauthorization_requested (a warning on the account) → nobody acts:
 * disconnected, and each of its devices goes offline with error_code account_disconnected →
 * the owner signs in again through a Connect Webview (sometimes mistyping the password first) →
 * connected, devices back one by one, completed_first_sync_after_reconnection → healthy.
 */
export function startAccountReauthorization(ctx: SimContext): void {
  const account = ctx.fleet.accounts().find((candidate) => candidate.provider === PROVIDER)
  if (account === undefined) return
  const accountId = account.connected_account_id
  const devicesOfAccount = () =>
    ctx.fleet.devices().filter((device) => device.connected_account_id === accountId)
  const issue = (key: 'error_code' | 'warning_code', code: string, message: string, at: Instant) =>
    ({ [key]: code, message, created_at: new Date(at).toISOString() }) as StoreIssue

  const requestReauthorization = (at: Instant) => {
    const message = 'Google asked the account owner to sign in again before access expires.'
    patchAccount(ctx.database, accountId, {
      warnings: [issue('warning_code', 'account_reauthorization_requested', message, at)],
    })
    ctx.events.account('connected_account.reauthorization_requested', accountId, at)
    ctx.scheduler.after(minutes(ctx.random, 6, 12), disconnect)
  }
  const disconnect = (at: Instant) => {
    const message = 'Seam lost access to the account: its owner must sign in again.'
    patchAccount(ctx.database, accountId, {
      errors: [
        {
          ...issue('error_code', 'account_disconnected', message, at),
          is_connected_account_error: true,
        },
      ],
      warnings: [],
    })
    ctx.events.account('connected_account.disconnected', accountId, at)
    let delay = 0
    for (const device of devicesOfAccount()) {
      delay += seconds(ctx.random, 0.5, 4)
      ctx.scheduler.after(delay, (offAt) =>
        takeOffline(ctx, device.device_id, 'account_disconnected', offAt),
      )
    }
    ctx.scheduler.after(minutes(ctx.random, 3, 7), signIn)
  }
  const signIn = (at: Instant) => {
    const webviewId = ctx.random.uuid()
    if (ctx.random.chance(0.4)) {
      ctx.events.workspace('connect_webview.login_failed', at, { connect_webview_id: webviewId })
      ctx.scheduler.after(seconds(ctx.random, 30, 90), (retryAt) => reconnect(retryAt, webviewId))
    } else {
      reconnect(at, webviewId)
    }
  }
  const reconnect = (at: Instant, webviewId: string) => {
    const viaWebview = { connect_webview_id: webviewId }
    ctx.events.account('connect_webview.login_succeeded', accountId, at, viaWebview)
    ctx.events.account('connected_account.successful_login', accountId, at, viaWebview)
    patchAccount(ctx.database, accountId, { errors: [], warnings: [] })
    ctx.events.account('connected_account.connected', accountId, at, viaWebview)
    let delay = 0
    for (const device of devicesOfAccount()) {
      delay += seconds(ctx.random, 1, 8)
      ctx.scheduler.after(delay, (onAt) => bringOnline(ctx, device.device_id, onAt))
    }
    ctx.scheduler.after(delay + seconds(ctx.random, 10, 40), (syncedAt) => {
      ctx.events.account(
        'connected_account.completed_first_sync_after_reconnection',
        accountId,
        syncedAt,
      )
      ctx.scheduler.after(minutes(ctx.random, 40, 70), requestReauthorization, 'gap')
    })
  }
  ctx.scheduler.after(minutes(ctx.random, 15, 40), requestReauthorization, 'gap')
}
