// The derivation figures: JSON.parse of 200,000 events (the floor), ingest + derive of them, and 100 more.
import { parseConnectedAccount } from '../src/domain/accounts/connected-account-schema'
import { parseDevice } from '../src/domain/devices/device-schema'
import { parseSeamEvents } from '../src/domain/events/parse-event'
import type { LargeFleet } from '../server/embedded/large-fleet'
import { collectGarbage, median, timed } from './bench-stats'
import { createBrowserState, deriveViews, ingestPage, type Inventory } from './browser-derivation'

export interface DeriveFigures {
  readonly jsonParseMs: number
  readonly ingestDeriveMs: number
  /** Median over every poll of `increment` events measured: the first after the load and later. */
  readonly incrementalMs: number
  readonly breakdown: {
    /** The first poll after the load, which also pays for the collection the load leaves behind. */
    readonly firstPollMs: number
    /** The polls after it. */
    readonly laterPollsMs: number
    readonly validateMs: number
    readonly eventLogMs: number
    readonly alertsAndRowsMs: number
    /** A new clock step re-judges every device (alerts depend on the time). */
    readonly clockStepMs: number
  }
  readonly facts: {
    readonly events: number
    readonly megabytes: number
    readonly devices: number
    readonly alerts: number
    readonly openAlerts: number
    readonly incidents: number
    readonly rows: number
    readonly devicesRederivedAfter100: number
  }
}

export function inventoryOf(fleet: LargeFleet): Inventory {
  const devices = fleet.devices.map((raw) => {
    const result = parseDevice(raw)
    if (!result.ok) throw new Error(`generated device does not parse: ${result.reason}`)
    return result.value
  })
  const accounts = fleet.accounts.map((raw) => {
    const result = parseConnectedAccount(raw)
    if (!result.ok) throw new Error(`generated account does not parse: ${result.reason}`)
    return result.value
  })
  return { devices, accounts }
}

/**
 * Each run times JSON.parse and then the browser's work on the same text, back to back, so a
 * noisy machine slows both alike and their ratio holds. The events after `historyCount` then
 * arrive as successive polls of `pollSize`, each timed from its page's text to derived views.
 */
export function measureDerivation(
  fleet: LargeFleet,
  historyCount: number,
  pollSize: number,
  runs: number,
  now: number,
): DeriveFigures {
  const inventory = inventoryOf(fleet)
  const text = JSON.stringify(fleet.events.slice(0, historyCount))
  const pollTexts: string[] = []
  for (let start = historyCount; start < fleet.events.length; start += pollSize) {
    pollTexts.push(JSON.stringify(fleet.events.slice(start, start + pollSize)))
  }
  const samples = {
    json: [] as number[],
    ingest: [] as number[],
    validate: [] as number[],
    log: [] as number[],
    derive: [] as number[],
    increment: [] as number[],
    first: [] as number[],
    later: [] as number[],
    clock: [] as number[],
  }
  let facts: DeriveFigures['facts'] | undefined
  for (let run = 0; run <= runs; run++) {
    collectGarbage()
    const [jsonMs, raws] = timed(() => JSON.parse(text) as unknown[])
    const state = createBrowserState()
    // What the event stream does with its first page: validate, then start the log with it.
    const [validateMs, events] = timed(() => parseSeamEvents(raws))
    const [logMs] = timed(() => state.log.replace(events, now))
    const [deriveMs, views] = timed(() => deriveViews(state, inventory, now))
    const ingestMs = validateMs + logMs + deriveMs

    // The next polls: `pollSize` new events each, then the views again (same clock step).
    const polls = pollTexts.map((page) =>
      timed(() => {
        ingestPage(state, JSON.parse(page) as unknown[], now, false)
        return deriveViews(state, inventory, now)
      }),
    )
    const [clockMs] = timed(() => deriveViews(state, inventory, now + 30_000))
    if (run === 0) continue // warm-up: the JIT has not seen the code yet
    samples.json.push(jsonMs)
    samples.ingest.push(ingestMs)
    samples.validate.push(validateMs)
    samples.log.push(logMs)
    samples.derive.push(deriveMs)
    polls.forEach(([ms], at) => {
      samples.increment.push(ms)
      samples[at === 0 ? 'first' : 'later'].push(ms)
    })
    samples.clock.push(clockMs)
    const after = polls[0]?.[1]
    if (after === undefined) throw new Error('measureDerivation needs events after the history')
    facts = {
      events: state.log.size,
      megabytes: text.length / 1e6,
      devices: inventory.devices.length,
      alerts: views.alerts.alerts.length,
      openAlerts: views.alerts.openAlerts.length,
      incidents: views.alerts.incidents.length,
      rows: views.fleet.rows.length,
      devicesRederivedAfter100: after.rederivedDevices,
    }
  }
  if (facts === undefined) throw new Error('measureDerivation needs at least one run')
  return {
    jsonParseMs: median(samples.json),
    ingestDeriveMs: median(samples.ingest),
    incrementalMs: median(samples.increment),
    breakdown: {
      firstPollMs: median(samples.first),
      laterPollsMs: median(samples.later),
      validateMs: median(samples.validate),
      eventLogMs: median(samples.log),
      alertsAndRowsMs: median(samples.derive),
      clockStepMs: median(samples.clock),
    },
    facts,
  }
}
