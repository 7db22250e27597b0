// Routine life: guests, cleaners and hosts opening doors, cameras seeing people and cars go by.
import type { Instant } from '../../../src/domain/events/parsed-event'
import type { UnlockMethod } from '../device-actions'
import { unlockDoor } from '../device-actions'
import { supportsAccessCodes } from '../device-kinds'
import type { DeviceRecord } from '../fake-store'
import type { MotionSubType } from '../media-library'
import type { SimContext } from '../sim-context'
import { exponentialMs } from '../sim-context'
import { createShuffleBag } from '../seeded-random'
import { stableUuid } from '../stable-id'

type AmbientKind = 'entry' | 'camera'

export function startAmbientActivity(ctx: SimContext): void {
  const kinds = createShuffleBag<AmbientKind>(ctx.random, [
    'entry',
    'entry',
    'entry',
    'entry',
    'entry',
    'camera',
    'camera',
  ])
  const subTypes = createShuffleBag<MotionSubType>(ctx.random, [
    'human',
    'human',
    'human',
    'vehicle',
    'vehicle',
    'package',
    'other',
    'other',
  ])

  const scheduleNext = () => {
    const meanMs = 3_600_000 / ctx.scheduler.pace.ambientPerHour
    ctx.scheduler.after(exponentialMs(ctx.random, meanMs), act, 'ambient')
  }
  const act = (at: Instant) => {
    const kind = kinds.draw()
    switch (kind) {
      case 'entry':
        enterSomewhere(ctx, at)
        break
      case 'camera':
        cameraSeesMotion(ctx, at, subTypes.draw())
        break
      default:
        kind satisfies never
    }
    scheduleNext()
  }
  scheduleNext()
}

function enterSomewhere(ctx: SimContext, at: Instant): void {
  const doors = ctx.fleet.available('lock', (lock) => lock.properties.locked === true)
  if (doors.length === 0) return
  const door = ctx.random.pick(doors)
  const { method, accessCodeId } = entryMethod(ctx, door)
  unlockDoor(ctx, door.device_id, at, method, accessCodeId)
}

/**
 * Guests mostly type their code; cleaners use the property's standing code; a host sometimes
 * opens remotely for someone locked out; and people leaving turn the thumb-turn from inside.
 */
export function entryMethod(
  ctx: SimContext,
  door: DeviceRecord,
): { method: UnlockMethod; accessCodeId?: string } {
  if (!supportsAccessCodes(door)) {
    return { method: ctx.random.chance(0.7) ? 'manual' : 'seamapi' }
  }
  const guestCodes = ctx.codes.activeOn(door.device_id)
  const roll = ctx.random.next()
  if (guestCodes.length > 0 && roll < 0.6) {
    return { method: 'keycode', accessCodeId: ctx.random.pick(guestCodes) }
  }
  if (roll < 0.75) return { method: 'keycode', accessCodeId: standingCodeId(door.device_id) }
  return { method: roll < 0.9 ? 'manual' : 'seamapi' }
}

/** The cleaners' code every code-capable lock keeps. */
export function standingCodeId(lockId: string): string {
  return stableUuid(`standing-code:${lockId}`)
}

function cameraSeesMotion(ctx: SimContext, at: Instant, subType: MotionSubType): void {
  const cameras = ctx.fleet.available('camera')
  if (cameras.length === 0) return
  const camera = ctx.random.pick(cameras)
  ctx.events.device('camera.activated', camera.device_id, at, {
    activation_reason: 'motion_detected',
    motion_sub_type: subType,
    ...ctx.media.camera(subType),
  })
}
