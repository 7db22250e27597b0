// A discrete-event clock for the simulator: scenarios schedule what happens next, time runs it.
import type { Instant } from '../../src/domain/events/parsed-event'

/**
 * How busy the simulated world is. The history of the last days is written at a calm, realistic
 * pace; the live run is accelerated so that a visitor sees every kind of incident within an hour.
 */
export interface SimulatorPace {
  /** Routine lock and camera activity across the whole portfolio, per hour. */
  readonly ambientPerHour: number
  /** Stretches the quiet time between incidents (hub outages, reauthorizations, ...). */
  readonly gapScale: number
  /** Multiplies battery drain. */
  readonly drainScale: number
}

export const LIVE_PACE: SimulatorPace = { ambientPerHour: 420, gapScale: 1, drainScale: 60 }
export const HISTORY_PACE: SimulatorPace = { ambientPerHour: 24, gapScale: 16, drainScale: 1 }

/**
 * - fixed: a step inside an episode ("the hub comes back 4 minutes later").
 * - gap: quiet time before the next incident; multiplied by pace.gapScale.
 * - ambient: time to the next routine action, drawn from pace.ambientPerHour by the caller.
 * When the pace changes, pending gap and ambient waits are rescaled to the new pace.
 */
export type DelayKind = 'fixed' | 'gap' | 'ambient'

export interface Scheduler {
  /** Simulated time: the due time of the action running, else the time last advanced to. */
  readonly now: Instant
  readonly pace: SimulatorPace
  after(delayMs: number, action: (at: Instant) => void, kind?: DelayKind): void
  /** Runs every action due up to `time`, in time order (ties in scheduling order). */
  advanceTo(time: Instant): void
  setPace(pace: SimulatorPace): void
  /** Moves the clock and every pending action forward, running nothing (after a long sleep). */
  skip(deltaMs: number): void
}

interface Pending {
  time: Instant
  readonly seq: number
  readonly kind: DelayKind
  readonly action: (at: Instant) => void
}

// A bug that schedules at zero delay forever must fail loudly, not hang the server.
const MAX_ACTIONS_PER_ADVANCE = 2_000_000

export function createScheduler(start: Instant, initialPace: SimulatorPace): Scheduler {
  let now = start
  let pace = initialPace
  let seq = 0
  const queue: Pending[] = []

  const insert = (item: Pending) => {
    let low = 0
    let high = queue.length
    while (low < high) {
      const middle = (low + high) >>> 1
      const other = queue[middle] as Pending
      if (other.time < item.time || (other.time === item.time && other.seq < item.seq)) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    queue.splice(low, 0, item)
  }

  return {
    get now() {
      return now
    },
    get pace() {
      return pace
    },
    after(delayMs, action, kind = 'fixed') {
      const scaled = kind === 'gap' ? delayMs * pace.gapScale : delayMs
      insert({ time: now + Math.max(0, scaled), seq: seq++, kind, action })
    },
    advanceTo(time) {
      let count = 0
      while (queue.length > 0 && (queue[0] as Pending).time <= time) {
        const item = queue.shift() as Pending
        now = Math.max(now, item.time)
        item.action(now)
        if (++count > MAX_ACTIONS_PER_ADVANCE) {
          throw new Error('The simulator scheduled too many actions at once; a scenario loops.')
        }
      }
      now = Math.max(now, time)
    },
    setPace(next) {
      const ratio: Record<DelayKind, number> = {
        fixed: 1,
        gap: next.gapScale / pace.gapScale,
        ambient: pace.ambientPerHour / next.ambientPerHour,
      }
      pace = next
      const items = queue.splice(0, queue.length)
      for (const item of items) {
        item.time = now + (item.time - now) * ratio[item.kind]
        insert(item)
      }
    },
    skip(deltaMs) {
      now += deltaMs
      for (const item of queue) item.time += deltaMs
    },
  }
}
