// Benchmark: index 200,000 parsed events of 5,000 devices, derive every timeline, then add 100 more.
// Run with: npx tsx bench/derive.bench.ts
import { parseSeamEvents } from '../src/domain/events/parse-event'
import type { KnownEventType } from '../src/domain/events/event-types'
import type { ParsedEvent } from '../src/domain/events/parsed-event'
import { SEED_EXAMPLES } from '../src/domain/events/seed-examples'
import { createEventIndex } from '../src/domain/grouping/group-events'
import type { EventIndex } from '../src/domain/grouping/group-events'
import { accountTimeline } from '../src/domain/timelines/account'
import { batteryTimeline } from '../src/domain/timelines/battery'
import { connectivityTimeline } from '../src/domain/timelines/connectivity'
import { deviceStateTimeline } from '../src/domain/timelines/device-state'
import { seededRandom, seededShuffle } from '../src/domain/timelines/event-fixtures'
import { lockTimeline } from '../src/domain/timelines/lock'
import { mediaFeed } from '../src/domain/timelines/media'

const EVENT_COUNT = 200_000
const DEVICE_COUNT = 5_000
const DEVICES_PER_ACCOUNT = 100
const INCREMENT = 100
const RUNS = 7
const START = Date.UTC(2025, 0, 1)
const SPACING_MS = 3_000 // 200,000 events over about a week

// Roughly what a busy fleet sends.
const MIX: readonly [KnownEventType, number][] = [
  ['lock.unlocked', 18],
  ['lock.locked', 16],
  ['device.connected', 7],
  ['device.disconnected', 7],
  ['access_code.set_on_device', 5],
  ['camera.activated', 6],
  ['device.doorbell_rang', 3],
  ['device.battery_status_changed', 5],
  ['device.low_battery', 3],
  ['device.connection_became_flaky', 2],
  ['device.connection_stabilized', 2],
  ['lock.access_denied', 2],
  ['device.accessory_keypad_disconnected', 1],
  ['device.tampered', 1],
  ['connected_account.disconnected', 1],
  ['connected_account.connected', 1],
]
const TOTAL_WEIGHT = MIX.reduce((sum, [, weight]) => sum + weight, 0)
const CODES = ['hub_disconnected', 'device_disconnected', 'account_disconnected']
const STATUSES = ['critical', 'low', 'good', 'full']

function rawEvent(i: number, next: () => number): Record<string, unknown> {
  let roll = next() * TOTAL_WEIGHT
  let type = MIX[0]![0]
  for (const [name, weight] of MIX) {
    roll -= weight
    if (roll < 0) {
      type = name
      break
    }
  }
  const device = Math.floor(next() * DEVICE_COUNT)
  const at = new Date(START + i * SPACING_MS).toISOString()
  const event: Record<string, unknown> = {
    ...SEED_EXAMPLES[type],
    event_id: `event_${i}`,
    connected_account_id: `account_${Math.floor(device / DEVICES_PER_ACCOUNT)}`,
    created_at: at,
    occurred_at: at,
  }
  if (!type.startsWith('connected_account.')) event.device_id = `device_${device}`
  if (type === 'device.disconnected') event.error_code = CODES[Math.floor(next() * CODES.length)]
  if (type === 'device.low_battery' || type === 'device.battery_status_changed') {
    event.battery_level = Math.round(next() * 100) / 100
  }
  if (type === 'device.battery_status_changed') {
    event.battery_status = STATUSES[Math.floor(next() * STATUSES.length)]
  }
  if (type === 'lock.unlocked') event.method = next() > 0.5 ? 'keycode' : 'manual'
  return event
}

function deriveAll(index: EventIndex, deviceIds: readonly string[], now: number): number {
  let intervals = 0
  for (const deviceId of deviceIds) {
    const events = index.eventsOfDevice(deviceId)
    const accountId = index.accountOfDevice(deviceId)
    const accountEvents = accountId === undefined ? [] : index.eventsOfAccount(accountId)
    intervals += connectivityTimeline(events, now, { accountEvents }).length
    intervals += batteryTimeline(events, now).bands.length
    intervals += lockTimeline(events, now).intervals.length
    intervals += mediaFeed(events, { now }).doorbellSessions.length
    intervals += deviceStateTimeline(events, now).keypad.length
  }
  return intervals
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function time<T>(work: () => T): [number, T] {
  const started = performance.now()
  const result = work()
  return [performance.now() - started, result]
}

const next = seededRandom(42)
const raws = Array.from({ length: EVENT_COUNT + INCREMENT }, (_, i) => rawEvent(i, next))
const [parseMs, parsedAll] = time(() => parseSeamEvents(raws))
const history: readonly ParsedEvent[] = seededShuffle(parsedAll.slice(0, EVENT_COUNT), 7)
const increment = parsedAll.slice(EVENT_COUNT)
const now = START + (EVENT_COUNT + INCREMENT) * SPACING_MS
// Backfill pages as /events/list serves them: newest first, 1,000 at a time.
const chronological = parsedAll.slice(0, EVENT_COUNT)
const pages: ParsedEvent[][] = []
for (let end = chronological.length; end > 0; end -= 1_000) {
  pages.push(chronological.slice(Math.max(0, end - 1_000), end))
}

const figures = {
  addOneBatch: [] as number[],
  addPages: [] as number[],
  deriveAll: [] as number[],
  addIncrement: [] as number[],
  deriveChanged: [] as number[],
  addDuplicates: [] as number[],
  accounts: [] as number[],
  allEventsAfterPages: [] as number[],
  allEventsAfterIncrement: [] as number[],
}
let intervalCount = 0
let devicesTouched = 0
for (let run = 0; run <= RUNS; run++) {
  const index = createEventIndex()
  const [addMs] = time(() => index.add(history))
  const paged = createEventIndex()
  const [pagesMs] = time(() => {
    for (const page of pages) paged.add(page)
  })
  const [allAfterPagesMs] = time(() => paged.allEvents())
  index.allEvents()
  const [deriveMs, count] = time(() => deriveAll(index, index.deviceIds(), now))
  const [accountsMs] = time(() => {
    for (const accountId of index.accountIds()) {
      accountTimeline(index.eventsOfAccount(accountId), now)
    }
  })
  const [incrementMs, change] = time(() => index.add(increment))
  const [changedMs] = time(() => deriveAll(index, change.deviceIds, now))
  const [allAfterIncrementMs] = time(() => index.allEvents())
  const [duplicatesMs] = time(() => index.add(increment))
  if (run === 0) continue // warm-up
  figures.addOneBatch.push(addMs)
  figures.addPages.push(pagesMs)
  figures.deriveAll.push(deriveMs)
  figures.accounts.push(accountsMs)
  figures.addIncrement.push(incrementMs)
  figures.deriveChanged.push(changedMs)
  figures.addDuplicates.push(duplicatesMs)
  figures.allEventsAfterPages.push(allAfterPagesMs)
  figures.allEventsAfterIncrement.push(allAfterIncrementMs)
  intervalCount = count
  devicesTouched = change.deviceIds.length
}

function report(label: string, milliseconds: number, note = ''): void {
  console.log(`${label.padEnd(52)}${milliseconds.toFixed(1).padStart(8)} ms${note}`)
}

console.log(
  `${EVENT_COUNT} events, ${DEVICE_COUNT} devices, ${DEVICE_COUNT / DEVICES_PER_ACCOUNT} accounts; median of ${RUNS} runs`,
)
report('parseSeamEvents (setup, once)', parseMs)
report('index.add, one shuffled batch of 200k', median(figures.addOneBatch))
report('index.add, 200 pages of 1,000, newest first', median(figures.addPages))
report('  then allEvents(), merging the pages', median(figures.allEventsAfterPages))
report(
  `all device timelines (5 kinds × ${DEVICE_COUNT} devices)`,
  median(figures.deriveAll),
  `  (${intervalCount} intervals)`,
)
report('all account timelines', median(figures.accounts))
report(`index.add, ${INCREMENT} new events`, median(figures.addIncrement))
report(`  timelines of the ${devicesTouched} devices they touched`, median(figures.deriveChanged))
report('  then allEvents()', median(figures.allEventsAfterIncrement))
report(`index.add, the same ${INCREMENT} again (all repeats)`, median(figures.addDuplicates))
