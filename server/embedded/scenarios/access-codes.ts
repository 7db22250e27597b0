// Guests' access codes from creation to deletion, with the delays and failures locks really have.
import type { KnownEventType } from '../../../src/domain/events/event-types'
import type { Instant } from '../../../src/domain/events/parsed-event'
import { supportsAccessCodes } from '../device-kinds'
import type { SimContext } from '../sim-context'
import { minutes, seconds } from '../sim-context'
import { createShuffleBag } from '../seeded-random'

/** What goes wrong (or changes) in one code's life; each comes up once per round of the bag. */
type Complication =
  | 'none'
  | 'delay_in_setting'
  | 'failed_to_set'
  | 'changed'
  | 'modified_external'
  | 'deleted_external'
  | 'delay_in_removing'
  | 'failed_to_remove'

const COMPLICATIONS: readonly Complication[] = [
  'none',
  'none',
  'none',
  'none',
  'delay_in_setting',
  'failed_to_set',
  'changed',
  'modified_external',
  'deleted_external',
  'delay_in_removing',
  'failed_to_remove',
]

// Locks that take codes ahead of time ("native scheduling") report scheduled_on_device first.
const NATIVE_SCHEDULING_TYPES: ReadonlySet<string> = new Set(['salto_lock', 'yale_lock'])

/**
 * created → (scheduled_on_device) → set_on_device, or a delay / failure first (a failure pulls a
 * backup code, and the code usually gets set later) → in use for the stay, maybe changed or
 * tampered with outside Seam → removed_from_device (maybe after a delay or failure) → deleted.
 */
export function startAccessCodes(ctx: SimContext): void {
  const complications = createShuffleBag(ctx.random, COMPLICATIONS)

  const createCode = (at: Instant) => {
    ctx.scheduler.after(minutes(ctx.random, 2, 5), createCode, 'gap')
    const locks = ctx.fleet.available('lock', supportsAccessCodes)
    if (locks.length === 0) return
    runCodeLife(ctx, ctx.random.pick(locks).device_id, complications.draw(), at)
  }
  ctx.scheduler.after(minutes(ctx.random, 0.5, 2), createCode, 'gap')
}

function runCodeLife(ctx: SimContext, lockId: string, complication: Complication, at: Instant) {
  const codeId = ctx.random.uuid()
  const pin = pinCode(ctx)
  const lockType = ctx.fleet.device(lockId)?.device_type ?? ''
  // Every event is about the lock; a lock deleted meanwhile ends the story quietly.
  const write = (type: KnownEventType, when: Instant, extra: Record<string, unknown> = {}) => {
    if (ctx.fleet.device(lockId) === undefined) return false
    ctx.events.device(type, lockId, when, { access_code_id: codeId, ...extra })
    return true
  }
  const later = (delayMs: number, step: (when: Instant) => void) =>
    ctx.scheduler.after(delayMs, step)

  ctx.codes.begin(lockId, codeId)
  write('access_code.created', at)
  if (NATIVE_SCHEDULING_TYPES.has(lockType)) {
    later(seconds(ctx.random, 5, 20), (when) =>
      write('access_code.scheduled_on_device', when, { code: pin }),
    )
  }

  const setOnDevice = (when: Instant) => {
    if (!write('access_code.set_on_device', when, { code: pin })) return
    ctx.codes.activate(lockId, codeId)
    if (complication === 'deleted_external') {
      later(minutes(ctx.random, 2, 5), deletedExternally)
      return
    }
    later(minutes(ctx.random, 6, 20), endOfStay)
    if (complication === 'changed') {
      later(minutes(ctx.random, 2, 5), (changedAt) => write('access_code.changed', changedAt))
    } else if (complication === 'modified_external') {
      const edit = (editedAt: Instant) => write('access_code.modified_external_to_seam', editedAt)
      later(minutes(ctx.random, 2, 5), edit)
    }
  }
  const trySet = (when: Instant) => {
    const online = ctx.fleet.device(lockId)?.properties.online === true
    if (complication === 'delay_in_setting' || !online) {
      write('access_code.delay_in_setting_on_device', when)
      later(minutes(ctx.random, 1, 3), function retry(retryAt: Instant) {
        if (ctx.fleet.device(lockId)?.properties.online === false) later(60_000, retry)
        else setOnDevice(retryAt)
      })
    } else if (complication === 'failed_to_set') {
      write('access_code.failed_to_set_on_device', when)
      later(seconds(ctx.random, 20, 60), (pulledAt) =>
        write('access_code.backup_access_code_pulled', pulledAt, {
          backup_access_code_id: ctx.random.uuid(),
        }),
      )
      later(minutes(ctx.random, 2, 5), setOnDevice)
    } else {
      setOnDevice(when)
    }
  }
  later(seconds(ctx.random, 30, 180), trySet)

  const finish = (when: Instant) => {
    write('access_code.deleted', when)
    ctx.codes.end(lockId, codeId, true)
  }
  const removed = (when: Instant) => {
    write('access_code.removed_from_device', when)
    ctx.codes.deactivate(lockId, codeId)
    later(seconds(ctx.random, 10, 40), finish)
  }
  // The owner wiped it at the keypad during the stay; Seam notices and retires it.
  const deletedExternally = (when: Instant) => {
    write('access_code.deleted_external_to_seam', when)
    ctx.codes.deactivate(lockId, codeId)
    later(seconds(ctx.random, 30, 90), finish)
  }
  function endOfStay(when: Instant) {
    switch (complication) {
      case 'deleted_external':
        deletedExternally(when)
        return
      case 'delay_in_removing':
        write('access_code.delay_in_removing_from_device', when)
        later(minutes(ctx.random, 1, 3), removed)
        return
      case 'failed_to_remove':
        write('access_code.failed_to_remove_from_device', when)
        later(minutes(ctx.random, 2, 4), removed)
        return
      case 'none':
      case 'delay_in_setting':
      case 'failed_to_set':
      case 'changed':
      case 'modified_external':
        removed(when)
        return
      default:
        complication satisfies never
    }
  }
}

/** A guest PIN: four digits mostly, six on some stays. */
function pinCode(ctx: SimContext): string {
  const length = ctx.random.pick([4, 4, 4, 6])
  let pin = ''
  for (let i = 0; i < length; i++) pin += String(ctx.random.int(0, 9))
  return pin
}
