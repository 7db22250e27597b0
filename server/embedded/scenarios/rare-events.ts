// The rarer things, one episode at a time in a shuffled rotation, so each recurs every round.
import type { KnownEventType } from '../../../src/domain/events/event-types'
import type { Instant } from '../../../src/domain/events/parsed-event'
import {
  addIssue,
  bringOnline,
  deviceError,
  deviceWarning,
  removeIssue,
  takeOffline,
} from '../device-actions'
import type { DeviceRecord, StoreIssue } from '../fake-store'
import type { SimContext } from '../sim-context'
import { minutes } from '../sim-context'
import { createShuffleBag } from '../seeded-random'
import type { Episode } from './episode-helpers'
import { hold, pickFree } from './episode-helpers'
import {
  addAndRemoveGateLock,
  ownerConnectsAndLeaves,
  unmanagedCodeConverted,
  unmanagedCodeRejected,
} from './onboarding-episodes'

const EPISODES: Readonly<Record<string, Episode>> = {
  tamper,
  keypadUnplugged,
  privacyMode,
  subscriptionLapse,
  thirdPartyIntegration,
  rename,
  unmanagedSpell,
  addAndRemoveGateLock,
  ownerConnectsAndLeaves,
  unmanagedCodeConverted,
  unmanagedCodeRejected,
}

export function startRareEvents(ctx: SimContext): void {
  const bag = createShuffleBag(ctx.random, Object.keys(EPISODES))
  let retry: string | undefined
  const wake = (at: Instant) => {
    const name = retry ?? bag.draw()
    const started = EPISODES[name]?.(ctx, at) ?? true
    retry = started ? undefined : name
    const wait = started ? minutes(ctx.random, 4, 8) : minutes(ctx.random, 1, 2)
    ctx.scheduler.after(wait, wake, 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 1, 4), wake, 'gap')
}

function tamper(ctx: SimContext, at: Instant): boolean {
  const lock = pickFree(ctx, 'lock')
  if (lock === undefined) return false
  ctx.events.device('device.tampered', lock.device_id, at)
  return true
}

function keypadUnplugged(ctx: SimContext, at: Instant): boolean {
  const lock = pickFree(ctx, 'lock', (device) => device.properties.accessory_keypad !== undefined)
  if (lock === undefined) return false
  const keypad = (isConnected: boolean) => ({
    accessory_keypad: { is_connected: isConnected, battery: { level: 0.9 } },
  })
  const id = lock.device_id
  return hold(ctx, lock, 'keypad', minutes(ctx.random, 3, 10), {
    begin: () => {
      ctx.fleet.patch(id, { properties: keypad(false) })
      ctx.events.device('device.accessory_keypad_disconnected', id, at)
    },
    end: (endAt) => {
      ctx.fleet.patch(id, { properties: keypad(true) })
      ctx.events.device('device.accessory_keypad_connected', id, endAt)
    },
  })
}

function privacyMode(ctx: SimContext, at: Instant): boolean {
  const lock = pickFree(
    ctx,
    'lock',
    (device) => device.device_type === 'salto_lock' && device.custom_metadata.unit !== undefined,
  )
  if (lock === undefined) return false
  const code = 'salto_ks_privacy_mode'
  const message = 'Privacy mode is on: only staff cards open this door.'
  return holdIssue(ctx, lock, 'privacy', at, minutes(ctx.random, 5, 20), {
    issue: deviceWarning(code, message, at),
    code,
    began: 'device.salto.privacy_mode_activated',
    ended: 'device.salto.privacy_mode_deactivated',
  })
}

function subscriptionLapse(ctx: SimContext, at: Instant): boolean {
  const camera = pickFree(ctx, 'camera')
  if (camera === undefined) return false
  const code = 'subscription_required'
  const message = 'The Nest Aware subscription lapsed: recorded clips are unavailable.'
  return holdIssue(ctx, camera, 'subscription', at, minutes(ctx.random, 5, 15), {
    issue: deviceError(code, message, at),
    code,
    began: 'device.error.subscription_required',
    ended: 'device.error.subscription_required.resolved',
  })
}

function thirdPartyIntegration(ctx: SimContext, at: Instant): boolean {
  const lock = pickFree(ctx, 'lock', (device) => device.device_type === 'august_lock')
  if (lock === undefined) return false
  const code = 'third_party_integration_detected'
  const message = 'Another service also manages this lock; its codes may conflict with Seam’s.'
  return holdIssue(ctx, lock, 'third-party', at, minutes(ctx.random, 10, 20), {
    issue: deviceWarning(code, message, at),
    code,
    began: 'device.third_party_integration_detected',
    ended: 'device.third_party_integration_no_longer_detected',
  })
}

/**
 * A device error or warning that Seam reports with an event when it appears and another when it
 * clears: the device shows it from `at` for `holdMs`, held by `owner` meanwhile.
 */
function holdIssue(
  ctx: SimContext,
  device: DeviceRecord,
  owner: string,
  at: Instant,
  holdMs: number,
  spell: { issue: StoreIssue; code: string; began: KnownEventType; ended: KnownEventType },
): boolean {
  const id = device.device_id
  return hold(ctx, device, owner, holdMs, {
    begin: () => {
      addIssue(ctx, id, spell.issue)
      ctx.events.device(spell.began, id, at)
    },
    end: (endAt) => {
      removeIssue(ctx, id, spell.code)
      ctx.events.device(spell.ended, id, endAt)
    },
  })
}

/** Pairs of names the operator switches between when the use of a door changes. */
const RENAMES: readonly (readonly [string, string])[] = [
  ['Cedar Ct 5 – Shared gate', 'Cedar Ct 5 – Garden gate'],
  ['Maple St 14 – Patio door', 'Maple St 14 – Garden door'],
  ['Riverside Lofts – Bike room', 'Riverside Lofts – Bike & ski room'],
]

function rename(ctx: SimContext, at: Instant): boolean {
  const names = new Map(
    RENAMES.flatMap(
      ([a, b]) =>
        [
          [a, b],
          [b, a],
        ] as const,
    ),
  )
  const lock = pickFree(ctx, 'lock', (device) => names.has(device.properties.name))
  const newName = lock === undefined ? undefined : names.get(lock.properties.name)
  if (lock === undefined || newName === undefined) return false
  ctx.fleet.patch(lock.device_id, {
    display_name: newName,
    properties: { name: newName, appearance: { name: newName } },
  })
  ctx.events.device('device.name_changed', lock.device_id, at, { device_name: newName })
  return true
}

/**
 * A lock taken out of Seam's management while a door is refitted: converted to unmanaged, offline
 * and back as an unmanaged device, then managed again.
 */
function unmanagedSpell(ctx: SimContext, at: Instant): boolean {
  const lock = pickFree(
    ctx,
    'lock',
    (device) => device.properties.locked === true && ctx.codes.inFlightOn(device.device_id) === 0,
  )
  if (lock === undefined || !ctx.fleet.claim(lock.device_id, 'unmanaged')) return false
  const id = lock.device_id
  ctx.fleet.patch(id, { is_managed: false })
  ctx.events.device('device.converted_to_unmanaged', id, at)
  ctx.scheduler.after(minutes(ctx.random, 2, 4), (offAt) => {
    takeOffline(ctx, id, 'device_disconnected', offAt)
    ctx.scheduler.after(minutes(ctx.random, 2, 5), (onAt) => {
      bringOnline(ctx, id, onAt)
      ctx.scheduler.after(minutes(ctx.random, 1, 3), (managedAt) => {
        ctx.fleet.patch(id, { is_managed: true })
        ctx.events.device('device.unmanaged.converted_to_managed', id, managedAt)
        ctx.fleet.release(id, 'unmanaged')
      })
    })
  })
  return true
}
