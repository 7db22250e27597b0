// GET /api/events and /api/events.csv over HTTP against the real fake Seam: the SPA's order and
// filters, paging, errors in words, and a CSV that says what the JSON says.
import { parse } from 'csv-parse/sync'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compareNewestFirst } from '../../src/domain/events/newest-first'
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { EVENTS_CSV_HEADER } from '../../src/domain/events/event-csv-row'
import { buildNameBook, eventDeviceName, type NameBook } from '../../src/domain/events/event-names'
import { eventSearchText } from '../../src/domain/events/event-search-text'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import { FAKE_WORKSPACE_ID, startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'
import { storeEngines } from '../testing/test-database'
import type { StoreEngine } from '../store/open-database'

let fake: TestFake
let proxy: TestProxy | undefined

interface EventsPage {
  events: Record<string, unknown>[]
  next: string | null
}

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  await fake.close()
})

async function get(url: string) {
  return proxy!.app.inject({ method: 'GET', url })
}

/** Every page of `query`, `limit` at a time, as served. */
async function walk(query: string, limit: number): Promise<Record<string, unknown>[]> {
  const events: Record<string, unknown>[] = []
  let next: string | null = null
  do {
    const cursor: string = next === null ? '' : `&before=${encodeURIComponent(next)}`
    const response = await get(`/api/events?limit=${limit}${query}${cursor}`)
    expect(response.statusCode, response.body).toBe(200)
    const page = response.json<EventsPage>()
    expect(page.events.length === limit || page.next === null).toBe(true)
    events.push(...page.events)
    next = page.next
  } while (next !== null)
  return events
}

const ids = (events: readonly { event_id?: unknown }[]) => events.map((event) => event.event_id)

/** 130 events on three devices, in runs of three equal times; then one poll and one refresh. */
async function seeded(newestFirst: boolean, engine?: StoreEngine) {
  const devices = fake.fake.database.devices
    .filter((device) => device.workspace_id === FAKE_WORKSPACE_ID)
    .slice(0, 3)
  const start = Date.now() - 120_000
  for (let index = 0; index < 130; index += 1) {
    fake.addEvent({
      event_type: index % 5 === 0 ? 'device.disconnected' : 'lock.unlocked',
      device_id: devices[index % devices.length]!.device_id,
      created_at: new Date(start + Math.floor(index / 3) * 500).toISOString(),
    })
  }
  proxy = await startTestProxy({ target: fake.url, newestFirst, ...(engine ? { engine } : {}) })
  await proxy.poller.pollOnce()
  await proxy.inventory.refresh()
}

/** What the SPA would show: /api/event_log parsed, in its order, with its names. */
async function spaView(): Promise<{ events: ParsedEvent[]; names: NameBook }> {
  const log = (await get('/api/event_log')).json<{ events: unknown[] }>().events
  const devices = (await get('/api/devices')).json<{ devices: unknown[] }>().devices
  const accounts = (await get('/api/connected_accounts')).json<{
    connected_accounts: unknown[]
  }>().connected_accounts
  const ok = <T>(result: { ok: boolean; value?: T }) => (result.ok ? [result.value!] : [])
  return {
    events: log.map((raw) => parseSeamEvent(raw)).sort(compareNewestFirst),
    names: buildNameBook(
      devices.flatMap((raw) => ok(parseDevice(raw))),
      accounts.flatMap((raw) => ok(parseConnectedAccount(raw))),
    ),
  }
}

const ENGINES = await storeEngines()

describe.each(ENGINES)('the explorer API on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined).each([
    { order: 'oldest first', newestFirst: false },
    { order: 'newest first', newestFirst: true },
  ])(
    'serves every stored event once, as /api/event_log has it, in the SPA’s order (Seam listing $order)',
    async ({ newestFirst }) => {
      await seeded(newestFirst, engine)
      const { events } = await spaView()
      const log = (await get('/api/event_log')).json<{ events: Record<string, unknown>[] }>().events
      const served = await walk('', 17)
      expect(ids(served)).toEqual(events.map((event) => event.id))
      // Each event is exactly the stored JSON the log serves.
      const logById = new Map(log.map((event) => [event.event_id, event]))
      for (const event of served) expect(event).toEqual(logById.get(event.event_id))
      const health = (await get('/api/health')).json<{ event_count: number }>()
      expect(health.event_count).toBe(served.length)
    },
  )
})

describe('the explorer API', () => {
  it('filters as the SPA does: several devices, a category, a name, repeated or comma-separated', async () => {
    await seeded(false)
    const { events, names } = await spaView()
    const [first, second] = [...new Set(events.map((event) => event.deviceId!))]
    const twoDevices = (event: ParsedEvent) => [first, second].includes(event.deviceId)
    const expectedTwo = events.filter(twoDevices).map((event) => event.id)
    expect(ids(await walk(`&device=${first},${second}`, 10))).toEqual(expectedTwo)
    expect(ids(await walk(`&device=${first}&device=${second}`, 10))).toEqual(expectedTwo)
    expect(
      ids(await walk(`&device=${first}&category=connectivity&severity=warning,critical`, 4)),
    ).toEqual(
      events
        .filter(
          (event) =>
            event.deviceId === first &&
            event.category === 'connectivity' &&
            (event.severity === 'warning' || event.severity === 'critical'),
        )
        .map((event) => event.id),
    )
    // A device's name as people know it: every word, in the SPA's search text with names.
    const name = eventDeviceName(
      events.find((event) => event.deviceId === second)!,
      names,
    )!
    const words = `${name} unlocked`.toLowerCase().split(/\s+/)
    const byName = events.filter((event) => {
      const text = eventSearchText(event, names)
      return words.every((word) => text.includes(word))
    })
    expect(byName.length).toBeGreaterThan(0)
    expect(ids(await walk(`&q=${encodeURIComponent(`${name} unlocked`)}`, 50))).toEqual(
      byName.map((event) => event.id),
    )
  })

  it('answers a bad request with 400 and what to change', async () => {
    await seeded(false)
    const cases: [string, RegExp][] = [
      ['/api/events?limit=0', /limit must be >= 1/],
      ['/api/events?limit=1001', /limit must be <= 1000/],
      ['/api/events?limit=ten', /limit must be integer/],
      ['/api/events?category=doors', /category "doors" is not one of connectivity, battery, lock/],
      [
        '/api/events?severity=loud,info',
        /severity "loud" is not one of critical, warning, info, none/,
      ],
      ['/api/events?status=fine', /status "fine" is not one of known, unknown, invalid/],
      ['/api/events?before=nonsense!', /before is not a cursor from this server/],
      ['/api/events?from=yesterday', /from must be an ISO 8601 instant with its zone/],
      ['/api/events?to=2026-12-03T10:00:00', /to must be an ISO 8601 instant with its zone/],
      ['/api/events?from=2026-12-03T10:00:00Z&to=2026-12-02T10:00:00Z', /is after to .*swap them/],
      ['/api/events?q=a&q=b', /q must be string/],
      [`/api/events?q=${'x'.repeat(201)}`, /q must NOT have more than 200 characters/],
      ['/api/events?after=x', /Unknown parameter "after": this route takes type, category/],
      ['/api/events.csv?limit=5', /Unknown parameter "limit"/],
      ['/api/events.csv?category=doors', /category "doors" is not one of/],
    ]
    for (const [url, message] of cases) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(400)
      expect(response.json<{ message: string }>().message, url).toMatch(message)
    }
    // Within the bounds, a page is as long as asked (130 seeded plus the fake's own).
    const stored = (await get('/api/health')).json<{ event_count: number }>().event_count
    expect(stored).toBeGreaterThan(130)
    for (const limit of [1, 1000]) {
      const page = (await get(`/api/events?limit=${limit}`)).json<EventsPage>()
      expect(page.events).toHaveLength(Math.min(limit, stored))
      expect(page.next === null).toBe(limit >= stored)
    }
    expect((await get('/api/events')).json<EventsPage>().events).toHaveLength(100)
  })

  it('streams the same filter as CSV: the SPA’s columns, one row per event, in the same order', async () => {
    await seeded(false)
    const { names } = await spaView()
    const filter = 'category=lock,connectivity&severity=none,warning'
    const served = (await walk(`&${filter}`, 1_000)).map((raw) => parseSeamEvent(raw))
    expect(served.length).toBeGreaterThan(0)
    const response = await get(`/api/events.csv?${filter}`)
    expect(response.statusCode).toBe(200)
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8')
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="doorboard-events_start_to_[0-9T-]+Z\.csv"$/,
    )
    const rows = parse<Record<string, string>>(response.body, { columns: true })
    expect(response.body.split('\r\n', 1)[0]).toBe(EVENTS_CSV_HEADER.join(','))
    expect(rows.map((row) => row.event_id)).toEqual(served.map((event) => event.id))
    rows.forEach((row, index) => {
      const event = served[index]!
      expect(row).toMatchObject({
        occurred_at: new Date(event.occurredAt).toISOString(),
        event_type: event.type,
        category: event.category,
        severity: event.severity ?? '',
        device_id: event.deviceId,
        device_name: eventDeviceName(event, names),
      })
    })
  })
})
