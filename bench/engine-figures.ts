// The server's judgement of the fleet at 200,000 events: its first pass, then each poll of new
// events, as the fleet engine does it once for every browser (no database: its own work only).
import { gzipSync } from 'node:zlib'
import type { LargeFleet } from '../server/embedded/large-fleet'
import { FleetEngine } from '../server/fleet-engine/fleet-engine'
import { fleetAnswerOf } from '../server/fleet-engine/fleet-route'
import { EventStore } from '../server/poller/event-store'
import type { InventorySnapshot } from '../server/poller/inventory-poller'
import type { Database } from '../server/store/open-database'
import { collectGarbage, median, round, timed } from './bench-stats'

export interface EngineFigures {
  readonly firstJudgementMs: number
  /** Median engine work for a poll that stored `increment` events (read, judge, rows). */
  readonly pollMs: number
  readonly pollMaxMs: number
  readonly devicesJudgedPerPoll: number
  readonly engineHeapMb: number
  /** GET /api/fleet made once per version: build time, JSON and gzip sizes. */
  readonly fleetAnswerMs: number
  readonly fleetAnswerKb: number
  readonly fleetAnswerGzipKb: number
  readonly facts: { events: number; devices: number; alerts: number; openAlerts: number }
}

export async function measureEngine(
  fleet: LargeFleet,
  history: number,
  increment: number,
  polls: number,
  now: number,
): Promise<EngineFigures> {
  const rows = fleet.events.map((event, index) => ({
    seq: index + 1,
    id: String(event.event_id),
    createdAt: Date.parse(String(event.created_at)),
    json: JSON.stringify(event),
  }))
  const store = new EventStore({ retentionMs: 7 * 86_400_000, maxEvents: 250_000, epoch: 'bench' })
  store.insert(rows.slice(0, history))
  const inventory: InventorySnapshot = {
    devicesJson: JSON.stringify(fleet.devices),
    connectedAccountsJson: JSON.stringify(fleet.accounts),
    deviceCount: fleet.devices.length,
    connectedAccountCount: fleet.accounts.length,
    invalidDevices: 0,
    invalidConnectedAccounts: 0,
    refreshedAt: now,
    lastError: null,
    lastErrorAt: null,
  }
  // No database: recording alert history fails quietly and is not part of these figures.
  const database = { db: undefined, location: 'nowhere' } as unknown as Database
  const silent = { info: () => undefined, warn: () => undefined }
  let clock = now
  const engine = new FleetEngine({
    store,
    inventory: () => inventory,
    database,
    now: () => clock,
    logger: silent,
  })
  collectGarbage()
  const heapBefore = process.memoryUsage().heapUsed
  const [firstMs] = timed(() => engine.update())
  await engine.settled()
  collectGarbage()
  const heapAfter = process.memoryUsage().heapUsed
  const answer = fleetAnswerOf(engine, [])
  const [answerMs, prepared] = timed(() => answer())
  const pollMs: number[] = []
  const judged: number[] = []
  for (let poll = 0; poll < polls; poll++) {
    const start = history + poll * increment
    store.insert(rows.slice(start, start + increment))
    clock += 5_000
    const before = engine.judgement.judgedDevices
    const [ms] = timed(() => engine.update())
    pollMs.push(ms)
    judged.push(engine.judgement.judgedDevices - before)
    await engine.settled()
  }
  const alerts = engine.judgement.alerts()
  await engine.stop()
  return {
    firstJudgementMs: round(firstMs),
    pollMs: round(median(pollMs), 2),
    pollMaxMs: round(Math.max(...pollMs), 2),
    devicesJudgedPerPoll: median(judged),
    engineHeapMb: round((heapAfter - heapBefore) / 2 ** 20),
    fleetAnswerMs: round(answerMs),
    fleetAnswerKb: round(prepared.body.length / 1024),
    fleetAnswerGzipKb: round(gzipSync(prepared.body).length / 1024),
    facts: {
      events: store.size,
      devices: [...engine.rows.rows()].length,
      alerts: alerts.length,
      openAlerts: alerts.filter((alert) => alert.resolvedAt === null).length,
    },
  }
}
