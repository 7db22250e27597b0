// Doorstep stories: a doorbell ring, the camera seeing who it is, the door opening; and keypad abuse.
import type { Instant } from '../../../src/domain/events/parsed-event'
import { unlockDoor } from '../device-actions'
import { propertyOf } from '../device-kinds'
import type { DoorbellScene, MotionSubType } from '../media-library'
import type { SimContext } from '../sim-context'
import { minutes, seconds } from '../sim-context'
import { createShuffleBag } from '../seeded-random'
import { entryMethod } from './ambient-activity'

type Visit = 'guest' | 'host_opens_remotely' | 'delivery' | 'no_answer'

/**
 * ring → the property's camera sees a person (or a parcel) seconds later → for a guest, the door
 * they stand at is unlocked with their code; a host may open it remotely; a courier leaves.
 */
export function startDoorbellVisits(ctx: SimContext): void {
  const visits = createShuffleBag<Visit>(ctx.random, [
    'guest',
    'guest',
    'host_opens_remotely',
    'delivery',
    'delivery',
    'no_answer',
  ])

  const ring = (at: Instant) => {
    ctx.scheduler.after(minutes(ctx.random, 3, 8), ring, 'gap')
    const doorbells = ctx.fleet.available('doorbell')
    if (doorbells.length === 0) return
    const doorbell = ctx.random.pick(doorbells)
    const visit = visits.draw()
    const scene: DoorbellScene = visit === 'delivery' ? 'courier' : 'visitor'
    ctx.events.device('device.doorbell_rang', doorbell.device_id, at, ctx.media.doorbell(scene))

    const property = propertyOf(doorbell)
    const camera = ctx.fleet.available('camera').find((other) => propertyOf(other) === property)
    if (camera !== undefined) {
      const subType: MotionSubType = visit === 'delivery' ? 'package' : 'human'
      ctx.scheduler.after(seconds(ctx.random, 4, 15), (seenAt) => {
        if (!ctx.fleet.device(camera.device_id)?.properties.online) return
        ctx.events.device('camera.activated', camera.device_id, seenAt, {
          activation_reason: 'motion_detected',
          motion_sub_type: subType,
          ...ctx.media.camera(subType),
        })
      })
    }

    const doorId = doorbell.custom_metadata.door_device_id
    if (typeof doorId !== 'string') return
    switch (visit) {
      case 'guest':
        ctx.scheduler.after(seconds(ctx.random, 20, 60), (openAt) => {
          const door = ctx.fleet.device(doorId)
          if (door === undefined) return
          const { method, accessCodeId } = entryMethod(ctx, door)
          unlockDoor(ctx, doorId, openAt, method, accessCodeId)
        })
        break
      case 'host_opens_remotely':
        ctx.scheduler.after(seconds(ctx.random, 30, 90), (openAt) =>
          unlockDoor(ctx, doorId, openAt, 'seamapi'),
        )
        break
      case 'delivery':
      case 'no_answer':
        break
      default:
        visit satisfies never
    }
  }
  ctx.scheduler.after(minutes(ctx.random, 1, 5), ring, 'gap')
}

/**
 * Someone types wrong codes in a row (often a guest whose code has just expired). Seam documents
 * lock.access_denied for Kwikset locks only, so only those report it.
 */
export function startAccessDeniedBursts(ctx: SimContext): void {
  const burst = () => {
    const locks = ctx.fleet.available('lock', (lock) => lock.properties.manufacturer === 'kwikset')
    if (locks.length === 0) {
      ctx.scheduler.after(minutes(ctx.random, 2, 5), burst, 'gap')
      return
    }
    const lockId = ctx.random.pick(locks).device_id
    const expiredCode = ctx.codes.lastExpiredOn(lockId)
    let delay = 0
    const attempts = ctx.random.int(3, 5)
    for (let attempt = 0; attempt < attempts; attempt++) {
      ctx.scheduler.after(delay, (deniedAt) => {
        if (!ctx.fleet.device(lockId)?.properties.online) return
        ctx.events.device('lock.access_denied', lockId, deniedAt, {
          ...(expiredCode === undefined ? {} : { access_code_id: expiredCode }),
        })
      })
      delay += seconds(ctx.random, 6, 25)
    }
    ctx.scheduler.after(minutes(ctx.random, 10, 20), burst, 'gap')
  }
  ctx.scheduler.after(minutes(ctx.random, 5, 15), burst, 'gap')
}
