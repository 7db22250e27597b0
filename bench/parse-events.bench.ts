// Micro-benchmark: parseSeamEvents on 200,000 mixed events against JSON.parse of the same bytes.
// Run with: npx tsx bench/parse-events.bench.ts
import { KNOWN_EVENT_TYPES } from '../src/domain/events/event-types'
import { parseSeamEvents } from '../src/domain/events/parse-event'
import { redactEventSecrets } from '../src/domain/events/redact-event'
import { SEED_EXAMPLES } from '../src/domain/events/seed-examples'

const EVENT_COUNT = 200_000
const RUNS = 7

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
    return state / 2 ** 32
  }
}

// Roughly what a busy fleet sends: mostly locks, connectivity, codes and media.
const MIX: readonly [string, number][] = [
  ['lock.unlocked', 18],
  ['lock.locked', 16],
  ['device.connected', 7],
  ['device.disconnected', 7],
  ['access_code.set_on_device', 5],
  ['access_code.created', 4],
  ['access_code.removed_from_device', 4],
  ['camera.activated', 6],
  ['device.doorbell_rang', 3],
  ['device.battery_status_changed', 5],
  ['device.low_battery', 3],
  ['noise_sensor.noise_threshold_triggered', 4],
  ['device.connection_became_flaky', 2],
  ['connected_account.disconnected', 1],
  ['other-known', 7],
  ['unknown', 4],
  ['invalid', 4],
]

function generate(count: number): Record<string, unknown>[] {
  const next = random(42)
  const total = MIX.reduce((sum, [, weight]) => sum + weight, 0)
  const start = Date.UTC(2025, 0, 1)
  const events: Record<string, unknown>[] = []
  for (let i = 0; i < count; i++) {
    let roll = next() * total
    let kind = MIX[0]![0]
    for (const [name, weight] of MIX) {
      roll -= weight
      if (roll < 0) {
        kind = name
        break
      }
    }
    const type =
      kind === 'other-known' || kind === 'unknown' || kind === 'invalid'
        ? KNOWN_EVENT_TYPES[Math.floor(next() * KNOWN_EVENT_TYPES.length)]!
        : (kind as (typeof KNOWN_EVENT_TYPES)[number])
    const at = new Date(start + i * 1_000).toISOString()
    const event: Record<string, unknown> = {
      ...SEED_EXAMPLES[type],
      event_id: `event${i}`,
      device_id: `device_${Math.floor(next() * 5_000)}`,
      connected_account_id: `account_${Math.floor(next() * 50)}`,
      workspace_id: 'seed_workspace_1',
      created_at: at,
      occurred_at: at,
      event_description: 'A lock device was unlocked.',
    }
    if (type === 'device.battery_status_changed' || type === 'device.low_battery') {
      event.battery_level = Math.round(next() * 100) / 100
    }
    if (type === 'lock.unlocked') event.method = next() > 0.5 ? 'keycode' : 'manual'
    if (kind === 'unknown') event.event_type = `device.future_${Math.floor(next() * 10)}`
    if (kind === 'invalid') {
      if (next() > 0.5) delete event.occurred_at
      else event.battery_level = 2
    }
    events.push(event)
  }
  return events
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

const text = JSON.stringify(generate(EVENT_COUNT))
const jsonTimes: number[] = []
const parseTimes: number[] = []
const redactParseTimes: number[] = []
let statuses: Record<string, number> = {}
for (let run = 0; run <= RUNS; run++) {
  const [jsonMs, raws] = time(() => JSON.parse(text) as Record<string, unknown>[])
  const [parseMs, parsed] = time(() => parseSeamEvents(raws))
  const [redactParseMs] = time(() =>
    parseSeamEvents(raws.map((raw) => redactEventSecrets(raw).event)),
  )
  if (run === 0) continue // warm-up
  jsonTimes.push(jsonMs)
  parseTimes.push(parseMs)
  redactParseTimes.push(redactParseMs)
  statuses = {}
  for (const event of parsed) statuses[event.status] = (statuses[event.status] ?? 0) + 1
}

const json = median(jsonTimes)
const parse = median(parseTimes)
const redactParse = median(redactParseTimes)
console.log(
  `${EVENT_COUNT} events, ${(text.length / 1e6).toFixed(1)} MB of JSON, median of ${RUNS} runs`,
)
console.log(`statuses: ${JSON.stringify(statuses)}`)
console.log(`JSON.parse:                 ${json.toFixed(1)} ms`)
console.log(
  `parseSeamEvents:            ${parse.toFixed(1)} ms  (${(parse / json).toFixed(2)}× JSON.parse)`,
)
console.log(
  `redact + parseSeamEvents:   ${redactParse.toFixed(1)} ms  (${(redactParse / json).toFixed(2)}× JSON.parse)`,
)
