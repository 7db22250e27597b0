// The live simulator: ongoing scenarios that keep the fake Seam's devices and events changing.
import type { Instant } from '../../src/domain/events/parsed-event'
import { createEventWriter } from './event-writer'
import type { FakeDatabase } from './fake-store'
import { createMediaLibrary } from './media-library'
import { startAccessCodes } from './scenarios/access-codes'
import { startAccountReauthorization } from './scenarios/account-reauth'
import { startAmbientActivity } from './scenarios/ambient-activity'
import { startBatteryDrain } from './scenarios/battery-drain'
import type { ForcedHubOutage } from './scenarios/connectivity'
import { startFlakyConnection, startHubOutages } from './scenarios/connectivity'
import { startNoiseDisturbances } from './scenarios/noise'
import { startRareEvents } from './scenarios/rare-events'
import { startAccessDeniedBursts, startDoorbellVisits } from './scenarios/visits'
import type { SimContext } from './sim-context'
import { createCodeBook, createFleet, MINUTE } from './sim-context'
import type { SimulatorPace } from './sim-scheduler'
import { createScheduler, LIVE_PACE } from './sim-scheduler'
import type { Random } from './seeded-random'

export interface SimulatorOptions {
  database: FakeDatabase
  workspaceId: string
  /** Where the app serves public/: camera and doorbell events point at its /media/ files. */
  mediaBaseUrl: string
  random: Random
  now: () => Instant
  /** Simulated time to start from; `now()` by default (earlier to write a history). */
  startAt?: Instant
  pace?: SimulatorPace
  /** A hub outage to run at a set time, whatever the scenario's rhythm (SIMULATOR_START). */
  hubOutage?: ForcedHubOutage
  /** Told when a timer tick fails; the simulator stops then. Defaults to console.error. */
  onError?: (error: unknown) => void
}

export interface Simulator {
  /** Runs everything due up to now(). */
  tick(): void
  /** Runs everything due up to `time`, however far (used to write the history). */
  advanceTo(time: Instant): void
  setPace(pace: SimulatorPace): void
  /** Ticks every `intervalMs` until stop(). */
  start(intervalMs: number): void
  stop(): void
  /** Whether a timer is ticking. */
  readonly running: boolean
}

/** A tick that finds the clock further ahead than this (a laptop waking up) skips the rest. */
const MAX_CATCH_UP_MS = 10 * MINUTE

/**
 * Every scenario is a state machine driven by one discrete-event clock: an event is stamped with
 * the simulated moment it happens, not with the moment a timer fired, so a tick every 4 s and a
 * history written in one call produce the same kind of stream. Deterministic given `random` and
 * the times it is advanced to.
 */
export function createSimulator(options: SimulatorOptions): Simulator {
  const { database, workspaceId, random, now } = options
  const scheduler = createScheduler(options.startAt ?? now(), options.pace ?? LIVE_PACE)
  const ctx: SimContext = {
    database,
    workspaceId,
    scheduler,
    random,
    events: createEventWriter({ database, workspaceId, random }),
    media: createMediaLibrary(options.mediaBaseUrl),
    fleet: createFleet(database, workspaceId),
    codes: createCodeBook(),
  }
  startAmbientActivity(ctx)
  startBatteryDrain(ctx)
  startFlakyConnection(ctx)
  startHubOutages(ctx, options.hubOutage)
  startDoorbellVisits(ctx)
  startAccessDeniedBursts(ctx)
  startAccessCodes(ctx)
  startAccountReauthorization(ctx)
  startNoiseDisturbances(ctx)
  startRareEvents(ctx)

  let timer: ReturnType<typeof setInterval> | undefined
  const onError = options.onError ?? ((error: unknown) => console.error(error))

  const tick = () => {
    const target = now()
    const behind = target - scheduler.now
    if (behind > MAX_CATCH_UP_MS) scheduler.skip(behind - MAX_CATCH_UP_MS)
    scheduler.advanceTo(target)
  }

  const simulator: Simulator = {
    tick,
    advanceTo: (time) => scheduler.advanceTo(time),
    setPace: (pace) => scheduler.setPace(pace),
    start(intervalMs) {
      simulator.stop()
      timer = setInterval(() => {
        try {
          tick()
        } catch (error) {
          simulator.stop()
          onError(new Error('The simulated activity stopped after an error.', { cause: error }))
        }
      }, intervalMs)
      // The simulator alone must not keep the process alive; the server does that.
      timer.unref()
    },
    stop() {
      if (timer !== undefined) clearInterval(timer)
      timer = undefined
    },
    get running() {
      return timer !== undefined
    },
  }
  return simulator
}
