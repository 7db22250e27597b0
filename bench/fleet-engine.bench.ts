// The fleet engine's figures at 200,000 events: first judgement, memory, and polls of 100 events.
// Run: node --expose-gc --import tsx bench/fleet-engine.bench.ts
import { gzipSync } from 'node:zlib'
import { generateLargeFleet } from '../server/embedded/large-fleet'
import { EventStore } from '../server/poller/event-store'
import type { InventorySnapshot } from '../server/poller/inventory-poller'
import type { Database } from '../server/store/open-database'
import { FleetEngine } from '../server/fleet-engine/fleet-engine'
import { fleetAnswerOf } from '../server/fleet-engine/fleet-route'
import { collectGarbage, median, round, timed } from './bench-stats'

const HISTORY = 200_000
const POLLS = 20
const INCREMENT = 100
const now = Date.now()
const fleet = generateLargeFleet({ end: now, events: HISTORY + POLLS * INCREMENT, oddShare: 0.01 })
const rows = fleet.events.map((event, index) => ({
  seq: index + 1,
  id: String(event.event_id),
  createdAt: Date.parse(String(event.created_at)),
  json: JSON.stringify(event),
}))
const store = new EventStore({ retentionMs: 7 * 86_400_000, maxEvents: 250_000, epoch: 'bench' })
store.insert(rows.slice(0, HISTORY))
const devicesJson = JSON.stringify(fleet.devices)
const inventory: InventorySnapshot = {
  devicesJson,
  connectedAccountsJson: JSON.stringify(fleet.accounts),
  deviceCount: fleet.devices.length,
  connectedAccountCount: fleet.accounts.length,
  invalidDevices: 0,
  invalidConnectedAccounts: 0,
  refreshedAt: now,
  lastError: null,
  lastErrorAt: null,
}
// No database: the history sync fails quietly; only the engine's own work is measured.
const database = { db: undefined, location: 'nowhere' } as unknown as Database
const silent = { info: () => undefined, warn: () => undefined }
let clock = now
const engine = new FleetEngine({ store, inventory: () => inventory, database, now: () => clock, logger: silent })

collectGarbage()
const rssBefore = process.memoryUsage().rss
const heapBefore = process.memoryUsage().heapUsed
const [firstMs] = timed(() => engine.update())
await engine.settled()
collectGarbage()
const heapAfter = process.memoryUsage().heapUsed
const rssAfter = process.memoryUsage().rss

const answer = fleetAnswerOf(engine, [])
const [answerMs, prepared] = timed(() => answer())
const pollMs: number[] = []
const judged: number[] = []
for (let poll = 0; poll < POLLS; poll++) {
  const start = HISTORY + poll * INCREMENT
  store.insert(rows.slice(start, start + INCREMENT))
  clock += 5_000
  const before = engine.judgement.judgedDevices
  const [ms] = timed(() => engine.update())
  pollMs.push(ms)
  judged.push(engine.judgement.judgedDevices - before)
  await engine.settled()
}
const alerts = engine.judgement.alerts()
console.log({
  events: store.size,
  devices: [...engine.rows.rows()].length,
  alerts: alerts.length,
  openAlerts: alerts.filter((alert) => alert.resolvedAt === null).length,
  incidents: engine.judgement.incidents().length,
  firstJudgementMs: round(firstMs),
  engineHeapMB: round((heapAfter - heapBefore) / 2 ** 20),
  processRssMB: round(rssAfter / 2 ** 20),
  rssGrowthMB: round((rssAfter - rssBefore) / 2 ** 20),
  poll100MedianMs: round(median(pollMs), 2),
  poll100MaxMs: round(Math.max(...pollMs), 2),
  devicesJudgedPerPoll: median(judged),
  fleetAnswerMs: round(answerMs),
  fleetAnswerKB: round(prepared.body.length / 1024),
  fleetAnswerGzipKB: round(gzipSync(prepared.body).length / 1024),
  pendingDeadlines: engine.judgement.nextDeadline() === undefined ? 0 : 'some',
})
await engine.stop()
