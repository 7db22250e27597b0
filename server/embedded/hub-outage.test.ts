import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import { SeamHttp } from '@seamapi/http/connect'
import { describe, expect, it } from 'vitest'
import type { Instant } from '../../src/domain/events/parsed-event'
import { deriveStoreAlerts } from './derive-store-alerts'
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
  type StoredEvent,
} from './embedded-test-support'
import { findDevice, workspaceDevices } from './fake-store'
import { HARBOR_VIEW_HUB_KEY } from './portfolio-catalogue'
import { DEFAULT_HISTORY_MS, seedPortfolio } from './portfolio-seed'
import { LONG_HUB_OUTAGE_MINUTES, SHORT_HUB_OUTAGE_MINUTES } from './scenarios/connectivity'
import { createSeededRandom } from './seeded-random'
import type { Simulator } from './simulator'
import { createSimulator } from './simulator'
import type { SimulatorStart } from './simulator-start'
import { IN_PROGRESS_OUTAGE_AGE_MS, IN_PROGRESS_OUTAGE_REMAINING_MS } from './simulator-start'
import { startEmbeddedSeam } from './start-embedded-seam'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const HUB_ID = deviceIdFor(HARBOR_VIEW_HUB_KEY)

interface Outage {
  from: Instant
  until: Instant | undefined
}

/** The device's spells offline, from its (dis)connection events. */
function outagesOf(events: readonly StoredEvent[], deviceId: string): Outage[] {
  const outages: Outage[] = []
  for (const event of events) {
    if (event.device_id !== deviceId) continue
    const at = Date.parse(event.created_at)
    if (event.event_type === 'device.disconnected') outages.push({ from: at, until: undefined })
    const last = outages[outages.length - 1]
    if (event.event_type === 'device.connected' && last !== undefined) last.until = at
  }
  return outages
}

const minutesOf = (outage: Outage) => ((outage.until ?? Number.NaN) - outage.from) / MINUTE

function hubLocks(fake: Fake) {
  return workspaceDevices(fake.database, TEST_WORKSPACE_ID).filter(
    (device) => hubOf(device) === HUB_ID,
  )
}

async function seededFake(seed: number, start: SimulatorStart, clock: ManualClock) {
  const fake = await createFake()
  fake.database.addWorkspace({ workspace_id: TEST_WORKSPACE_ID, name: 'Test portfolio' })
  const simulator = seedPortfolio({
    database: fake.database,
    workspaceId: TEST_WORKSPACE_ID,
    mediaBaseUrl: TEST_MEDIA_BASE_URL,
    random: createSeededRandom(seed),
    now: clock.now,
    start,
  })
  return { fake, simulator }
}

function runLive(simulator: Simulator, clock: ManualClock, untilMs: number): void {
  while (clock.now() < untilMs) {
    clock.advance(4_000)
    simulator.tick()
  }
}

describe('hub outages', () => {
  it('alternate blips under the alert grace period with outages long enough for an incident', async () => {
    const fake = await createPortfolioFake(TEST_NOW)
    const simulator = createSimulator({
      database: fake.database,
      workspaceId: TEST_WORKSPACE_ID,
      mediaBaseUrl: TEST_MEDIA_BASE_URL,
      random: createSeededRandom(31),
      now: () => TEST_NOW,
    })
    simulator.advanceTo(TEST_NOW + 5 * HOUR)
    const events = storedEvents(fake.database)
    const outages = outagesOf(events, HUB_ID).filter((outage) => outage.until !== undefined)
    expect(outages.length).toBeGreaterThanOrEqual(5)
    outages.forEach((outage, index) => {
      const { min, max } = index % 2 === 0 ? SHORT_HUB_OUTAGE_MINUTES : LONG_HUB_OUTAGE_MINUTES
      expect(minutesOf(outage)).toBeGreaterThanOrEqual(min)
      expect(minutesOf(outage)).toBeLessThan(max + 1)
    })

    // A long outage keeps every lock behind the hub offline past the 10-minute grace period,
    // so the browser opens one hub incident for them.
    const long = outages[1]!
    const locks = hubLocks(fake)
    expect(locks).toHaveLength(6)
    for (const lock of locks) {
      const spell = outagesOf(events, lock.device_id).find(
        (outage) => outage.from >= long.from && outage.from < long.from + MINUTE,
      )
      expect(spell, lock.properties.name).toBeDefined()
      expect(minutesOf(spell!)).toBeGreaterThan(10)
    }
    const during = deriveStoreAlerts(fake.database, TEST_WORKSPACE_ID, long.from + 11 * MINUTE)
    const open = during.incidents.filter((incident) => incident.resolvedAt === null)
    expect(open.map((incident) => incident.title)).toEqual([
      "Hub 'Harbor View – Lobby hub' offline: 6 locks unreachable",
    ])
    expect(stateProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(eventOrderProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
  })

  it('stay rare in the calm history: a few hub incidents in three days', async () => {
    const clock = createManualClock(TEST_NOW)
    const { fake } = await seededFake(41, 'normal', clock)
    const outages = outagesOf(storedEvents(fake.database), HUB_ID)
    const long = outages.filter((outage) => minutesOf(outage) >= 10)
    expect(outages.length).toBeGreaterThanOrEqual(4)
    expect(outages.length).toBeLessThanOrEqual(12)
    expect(long.length).toBeGreaterThanOrEqual(1)
    expect(long.length).toBeLessThanOrEqual(6)
    expect(outages[0]!.from).toBeGreaterThan(TEST_NOW - DEFAULT_HISTORY_MS)
  })
})

describe('SIMULATOR_START=hub-outage', () => {
  it('ends the history with the hub and its 6 locks offline for 15 minutes, events and state agreeing', async () => {
    const clock = createManualClock(TEST_NOW)
    const { fake, simulator } = await seededFake(51, 'hub-outage', clock)
    const hub = findDevice(fake.database, HUB_ID)!
    expect(hub.properties.online).toBe(false)
    const locks = hubLocks(fake)
    expect(locks).toHaveLength(6)
    const events = storedEvents(fake.database)
    const outageStart = TEST_NOW - IN_PROGRESS_OUTAGE_AGE_MS
    for (const device of [hub, ...locks]) {
      expect(device.properties.online, device.properties.name).toBe(false)
      const last = outagesOf(events, device.device_id).at(-1)!
      expect(last.until).toBeUndefined()
      expect(last.from).toBeGreaterThanOrEqual(outageStart - 25 * MINUTE)
      expect(last.from).toBeLessThan(outageStart + MINUTE)
    }
    for (const lock of locks) {
      expect(lock.errors.map((issue) => issue.error_code)).toEqual(['hub_disconnected'])
      const drop = events.findLast(
        (event) => event.device_id === lock.device_id && event.event_type === 'device.disconnected',
      )
      expect(drop?.error_code).toBe('hub_disconnected')
    }
    expect(stateProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(eventOrderProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])

    // What a browser opening the dashboard now derives: one hub incident holding all seven.
    const { incidents } = deriveStoreAlerts(fake.database, TEST_WORKSPACE_ID, TEST_NOW)
    const open = incidents.filter((incident) => incident.resolvedAt === null)
    expect(open).toHaveLength(1)
    expect(open[0]).toMatchObject({
      kind: 'hub_disconnected',
      subject: { kind: 'hub', id: HUB_ID },
      title: "Hub 'Harbor View – Lobby hub' offline: 6 locks unreachable",
    })
    expect([...open[0]!.deviceIds].sort()).toEqual(
      [HUB_ID, ...locks.map((lock) => lock.device_id)].sort(),
    )

    // The live run brings them back on time, and everything still agrees.
    runLive(simulator, clock, TEST_NOW + IN_PROGRESS_OUTAGE_REMAINING_MS - MINUTE)
    expect(hubLocks(fake).every((lock) => !lock.properties.online)).toBe(true)
    runLive(simulator, clock, TEST_NOW + IN_PROGRESS_OUTAGE_REMAINING_MS + 3 * MINUTE)
    expect(findDevice(fake.database, HUB_ID)?.properties.online).toBe(true)
    for (const lock of hubLocks(fake)) {
      expect(lock.properties.online, lock.properties.name).toBe(true)
      expect(lock.errors).toEqual([])
    }
    expect(stateProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(eventOrderProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
  })

  it('takes over an outage in progress, or locks still reconnecting, and keeps its own end', async () => {
    const liveRun = async (hubOutage?: { from: Instant; until: Instant }) => {
      const fake = await createPortfolioFake(TEST_NOW)
      const simulator = createSimulator({
        database: fake.database,
        workspaceId: TEST_WORKSPACE_ID,
        mediaBaseUrl: TEST_MEDIA_BASE_URL,
        random: createSeededRandom(71),
        now: () => TEST_NOW,
        ...(hubOutage === undefined ? {} : { hubOutage }),
      })
      return { fake, simulator }
    }
    const plain = await liveRun()
    plain.simulator.advanceTo(TEST_NOW + 3 * HOUR)
    const natural = outagesOf(storedEvents(plain.fake.database), HUB_ID)[0]!
    expect(natural.until).toBeDefined()

    // Forced in the middle of the natural outage, and a few seconds after the hub came back.
    for (const from of [natural.from + MINUTE, natural.until! + 5_000]) {
      const until = from + 20 * MINUTE
      const run = await liveRun({ from, until })
      run.simulator.advanceTo(from + MINUTE)
      expect(findDevice(run.fake.database, HUB_ID)?.properties.online).toBe(false)
      expect(hubLocks(run.fake).filter((lock) => lock.properties.online)).toEqual([])
      run.simulator.advanceTo(until - 1_000)
      expect(hubLocks(run.fake).filter((lock) => lock.properties.online)).toEqual([])
      const hubSpell = outagesOf(storedEvents(run.fake.database), HUB_ID).findLast(
        (outage) => outage.from <= from,
      )!
      expect(hubSpell.until).toBeUndefined()
      run.simulator.advanceTo(until + 3 * MINUTE)
      expect(hubLocks(run.fake).every((lock) => lock.properties.online)).toBe(true)
      const back = outagesOf(storedEvents(run.fake.database), HUB_ID).findLast(
        (outage) => outage.from <= from,
      )!
      expect(back.until).toBe(until)
      expect(stateProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
      expect(eventOrderProblems(run.fake.database, TEST_WORKSPACE_ID)).toEqual([])
    }
  })

  it('reaches the fake from startEmbeddedSeam: the proxy lists the hub and its locks offline', async () => {
    const seam = await startEmbeddedSeam({
      simulator: false,
      mediaBaseUrl: TEST_MEDIA_BASE_URL,
      now: () => TEST_NOW,
      start: 'hub-outage',
    })
    try {
      const client = new SeamHttp({ apiKey: seam.apiKey, endpoint: seam.endpoint })
      const devices = await client.devices.list()
      const hub = devices.find((device) => device.device_id === HUB_ID)
      expect(hub?.properties.online).toBe(false)
      const behind = devices.filter((device) => device.custom_metadata.hub_device_id === HUB_ID)
      expect(behind.map((lock) => [lock.properties.online, lock.errors[0]?.error_code])).toEqual(
        Array.from({ length: 6 }, () => [false, 'hub_disconnected']),
      )
    } finally {
      await seam.stop()
    }
  })

  it('leaves the history before the outage as the default start writes it', async () => {
    const cutoff = TEST_NOW - IN_PROGRESS_OUTAGE_AGE_MS
    const before = async (start: SimulatorStart) => {
      const { fake } = await seededFake(61, start, createManualClock(TEST_NOW))
      return storedEvents(fake.database).filter((event) => Date.parse(event.created_at) < cutoff)
    }
    const normal = await before('normal')
    expect(normal.length).toBeGreaterThan(1_000)
    expect(await before('hub-outage')).toEqual(normal)
  })
})
