import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KNOWN_EVENT_TYPES } from '../../src/domain/events/event-types'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import { hubOf } from './device-kinds'
import { deviceIdFor } from './device-records'
import {
  createManualClock,
  createPortfolioFake,
  eventOrderProblems,
  stateProblems,
  storedEvents,
  TEST_MEDIA_BASE_URL,
  TEST_NOW,
  TEST_WORKSPACE_ID,
  type ManualClock,
} from './embedded-test-support'
import { findDevice, workspaceDevices } from './fake-store'
import { HARBOR_VIEW_HUB_KEY } from './portfolio-catalogue'
import { seedPortfolio } from './portfolio-seed'
import { createSeededRandom } from './seeded-random'
import type { Simulator } from './simulator'
import { createSimulator } from './simulator'

const TICK_MS = 4_000
const HOUR = 3_600_000

interface LiveRun {
  fake: Fake
  clock: ManualClock
  simulator: Simulator
  /** Ticks `count` times, TICK_MS apart; stops early when `until` holds after a tick. */
  tick(count: number, until?: () => boolean): number
}

async function liveRun(seed: number): Promise<LiveRun> {
  const fake = await createPortfolioFake(TEST_NOW)
  const clock = createManualClock(TEST_NOW)
  const simulator = createSimulator({
    database: fake.database,
    workspaceId: TEST_WORKSPACE_ID,
    mediaBaseUrl: TEST_MEDIA_BASE_URL,
    random: createSeededRandom(seed),
    now: clock.now,
  })
  return {
    fake,
    clock,
    simulator,
    tick(count, until) {
      for (let i = 1; i <= count; i++) {
        clock.advance(TICK_MS)
        simulator.tick()
        if (until?.() === true) return i
      }
      return count
    },
  }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('the simulator', () => {
  it('writes a few events per tick, all of known types that the dashboard parses', async () => {
    const run = await liveRun(11)
    run.tick(900)
    const events = storedEvents(run.fake.database)
    expect(events.length / 900).toBeGreaterThan(0.5)
    expect(events.length / 900).toBeLessThan(6)
    const notKnown = events
      .map((event) => parseSeamEvent(JSON.parse(JSON.stringify(event))))
      .filter((parsed) => parsed.status !== 'known')
      .map((parsed) => `${parsed.type}: ${parsed.reason ?? parsed.status}`)
    expect(notKnown).toEqual([])
    const created = events.map((event) => Date.parse(event.created_at))
    expect(created).toEqual([...created].sort((a, b) => a - b))
    expect(created.at(-1)!).toBeLessThanOrEqual(run.clock.now())
  })

  it('drops the six locks behind the hub with hub_disconnected, then brings them back', async () => {
    const run = await liveRun(12)
    const hubId = deviceIdFor(HARBOR_VIEW_HUB_KEY)
    const hubLocks = () =>
      workspaceDevices(run.fake.database, TEST_WORKSPACE_ID).filter(
        (device) => hubOf(device) === hubId,
      )
    const allOffline = () => hubLocks().every((lock) => !lock.properties.online)
    const ticks = run.tick(Math.ceil((2 * HOUR) / TICK_MS), allOffline)
    expect(ticks).toBeLessThan((2 * HOUR) / TICK_MS)

    const locks = hubLocks()
    expect(locks).toHaveLength(6)
    expect(findDevice(run.fake.database, hubId)?.properties.online).toBe(false)
    const dropped = storedEvents(run.fake.database).filter(
      (event) =>
        event.event_type === 'device.disconnected' && event.error_code === 'hub_disconnected',
    )
    expect(new Set(dropped.map((event) => event.device_id))).toEqual(
      new Set(locks.map((lock) => lock.device_id)),
    )
    for (const lock of locks) {
      expect(lock.errors.map((issue) => issue.error_code)).toContain('hub_disconnected')
    }

    run.tick(Math.ceil((10 * 60_000) / TICK_MS), () =>
      hubLocks().every((lock) => lock.properties.online),
    )
    expect(hubLocks().every((lock) => lock.properties.online && lock.errors.length === 0)).toBe(
      true,
    )
    const reconnected = storedEvents(run.fake.database).filter(
      (event) =>
        event.event_type === 'device.connected' &&
        hubOf(findDevice(run.fake.database, String(event.device_id))!) === hubId,
    )
    expect(reconnected).toHaveLength(6)
  })

  it('keeps every device in the state its events describe, all along', async () => {
    const run = await liveRun(13)
    for (let checkpoint = 0; checkpoint < 10; checkpoint++) {
      run.tick(270)
      expect(stateProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
    }
    expect(eventOrderProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
  })

  it('brings every known event type back within a few hours', async () => {
    const run = await liveRun(14)
    const seen = new Set<string>()
    for (let hour = 0; hour < 6; hour++) {
      run.clock.advance(HOUR)
      run.simulator.advanceTo(run.clock.now())
    }
    for (const event of storedEvents(run.fake.database)) seen.add(event.event_type)
    expect(KNOWN_EVENT_TYPES.filter((type) => !seen.has(type))).toEqual([])
    expect(eventOrderProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(stateProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
    const pins = storedEvents(run.fake.database)
      .filter((event) => event.event_type === 'access_code.set_on_device')
      .map((event) => event.code)
    expect(pins.length).toBeGreaterThan(10)
    for (const pin of pins) expect(pin).toMatch(/^\d{4}(\d{2})?$/)
  })

  it('shows a new low battery within the first hour of the live run after the history', async () => {
    const fake = await createFake()
    fake.database.addWorkspace({ workspace_id: TEST_WORKSPACE_ID, name: 'Test portfolio' })
    const clock = createManualClock(TEST_NOW)
    const simulator = seedPortfolio({
      database: fake.database,
      workspaceId: TEST_WORKSPACE_ID,
      mediaBaseUrl: TEST_MEDIA_BASE_URL,
      random: createSeededRandom(15),
      now: clock.now,
    })
    for (let i = 0; i < HOUR / TICK_MS; i++) {
      clock.advance(TICK_MS)
      simulator.tick()
    }
    const live = storedEvents(fake.database).filter(
      (event) => Date.parse(event.created_at) > TEST_NOW,
    )
    const lowBattery = live.filter((event) => event.event_type === 'device.low_battery')
    expect(lowBattery.map((event) => event.battery_level)).toContainEqual(expect.any(Number))
    // The accelerated live pace also runs the incidents: a hub outage in the first hour or so.
    expect(live.length / (HOUR / TICK_MS)).toBeGreaterThan(0.5)
  })

  it('replays the same events for the same seed and clock, and others for another seed', async () => {
    const eventsOf = async (seed: number) => {
      const run = await liveRun(seed)
      run.tick(300)
      return storedEvents(run.fake.database)
    }
    const first = await eventsOf(21)
    expect(await eventsOf(21)).toEqual(first)
    expect(await eventsOf(22)).not.toEqual(first)
  })

  it('skips most of a long pause instead of replaying hours at once', async () => {
    const run = await liveRun(16)
    run.tick(10)
    const before = storedEvents(run.fake.database).length
    run.clock.advance(8 * HOUR)
    run.simulator.tick()
    const caughtUp = storedEvents(run.fake.database).slice(before)
    expect(caughtUp.length).toBeLessThan(300)
    for (const event of caughtUp) {
      expect(Date.parse(event.created_at)).toBeGreaterThanOrEqual(run.clock.now() - 10 * 60_000)
    }
  })

  it('ticks on a timer after start() and leaves no timer after stop()', async () => {
    vi.useFakeTimers({ now: TEST_NOW })
    const fake = await createPortfolioFake(TEST_NOW)
    const simulator = createSimulator({
      database: fake.database,
      workspaceId: TEST_WORKSPACE_ID,
      mediaBaseUrl: TEST_MEDIA_BASE_URL,
      random: createSeededRandom(17),
      now: () => Date.now(),
    })
    simulator.start(TICK_MS)
    expect(vi.getTimerCount()).toBe(1)
    vi.advanceTimersByTime(10 * 60_000)
    expect(storedEvents(fake.database).length).toBeGreaterThan(20)
    simulator.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(simulator.running).toBe(false)
    const after = storedEvents(fake.database).length
    vi.advanceTimersByTime(10 * 60_000)
    expect(storedEvents(fake.database)).toHaveLength(after)
  })
})
