// Bad data from upstream: counted, served as invalid or generic (or cut down), never a crash.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MAX_STRING_CHARS } from './security/cap-event-size'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { startTestProxy, type TestProxy, type TestProxyOptions } from './testing/start-test-proxy'

interface Health {
  status: string
  last_error: string | null
  invalid_event_count: number
  unknown_event_count: number
  conflicting_duplicate_count: number
  truncated_event_count: number
  future_event_count: number
  too_old_event_count: number
}

interface ServedEvent {
  event_id: string
  event_type: unknown
  [key: string]: unknown
}

let fake: TestFake
let proxy: TestProxy | undefined

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  await fake.close()
})

async function start(options: Partial<TestProxyOptions> = {}) {
  proxy = await startTestProxy({ target: fake.url, ...options })
  return proxy
}

async function health(): Promise<Health> {
  return (await proxy!.app.inject({ method: 'GET', url: '/api/health' })).json<Health>()
}

async function served(): Promise<{ events: ServedEvent[]; bytes: number }> {
  const response = await proxy!.app.inject({ method: 'GET', url: '/api/event_log' })
  expect(response.statusCode).toBe(200)
  return { events: response.json<{ events: ServedEvent[] }>().events, bytes: response.body.length }
}

/** The fake's addEvent is typed by its catalogue; bad data is the point here. */
function addRaw(event: Record<string, unknown>): string {
  return String(fake.addEvent(event as { event_type: string }).event_id)
}

describe('malformed and unknown events', () => {
  it('serves missing, mistyped and unknown fields as such, counts them, and keeps polling', async () => {
    const bad = [
      addRaw({ event_type: 'lock.locked' }), // no device_id
      addRaw({ event_type: 'lock.unlocked', device_id: 42 }),
      addRaw({
        event_type: 'device.low_battery',
        device_id: 'august_device_1',
        battery_level: 'seven',
      }),
      addRaw({ event_type: 12, device_id: 'august_device_1' }),
      addRaw({
        event_type: 'lock.locked',
        device_id: 'august_device_1',
        device_custom_metadata: 'x',
      }),
    ]
    const unknown = addRaw({ event_type: 'device.teleported', device_id: 'august_device_1' })
    const good = addRaw({ event_type: 'lock.locked', device_id: 'august_device_1' })
    await start()
    await proxy!.poller.pollOnce()

    expect(await health()).toMatchObject({
      status: 'ok',
      last_error: null,
      invalid_event_count: bad.length,
      unknown_event_count: 1,
    })
    const ids = (await served()).events.map((event) => event.event_id)
    expect(ids).toEqual(expect.arrayContaining([...bad, unknown, good]))

    const later = addRaw({ event_type: 'lock.unlocked', device_id: 'august_device_1' })
    await proxy!.poller.pollOnce()
    expect((await served()).events.map((event) => event.event_id)).toContain(later)
    expect((await health()).invalid_event_count).toBe(bad.length)
  })

  it('survives entries that are not events at all, from a broken upstream', async () => {
    await start({
      rewriteEvents: (events) => [...events, null, 42, 'text', [], { event_id: '' }],
    })
    const good = addRaw({ event_type: 'lock.locked', device_id: 'august_device_1' })
    await proxy!.poller.pollOnce()
    const h = await health()
    expect(h).toMatchObject({ status: 'ok', invalid_event_count: 5 })
    // Served as they came (the browser's parser marks them invalid too), next to the good one.
    const { events } = await served()
    const asText = events.map((event) => JSON.stringify(event))
    expect(asText).toEqual(expect.arrayContaining(['null', '42', '"text"', '[]']))
    expect(events.map((event) => (event as ServedEvent | null)?.event_id)).toContain(good)
    expect(events).toHaveLength(fake.eventIds().length + 5)
  })
})

describe('huge payloads', () => {
  it('cuts a huge field and a huge list, marks the cut, counts it, and keeps the event', async () => {
    const longName = addRaw({
      event_type: 'device.name_changed',
      device_id: 'august_device_1',
      device_name: 'N'.repeat(3_000_000),
    })
    const longList = addRaw({
      event_type: 'device.teleported',
      device_id: 'august_device_1',
      places: Array.from({ length: 50_000 }, (_, index) => `place ${index}`),
    })
    await start()
    await proxy!.poller.pollOnce()

    const { events, bytes } = await served()
    // Two hostile events of megabytes each arrive as a few kilobytes.
    expect(bytes).toBeLessThan(40_000)
    const renamed = events.find((event) => event.event_id === longName)
    expect(String(renamed?.device_name).length).toBeLessThan(MAX_STRING_CHARS + 100)
    expect(renamed?.device_name).toMatch(/…\[truncated by Doorboard: \d+ more characters\]$/)
    const listed = events.find((event) => event.event_id === longList)
    expect((listed?.places as unknown[]).at(-1)).toMatch(/more items\]$/)
    expect(await health()).toMatchObject({ status: 'ok', truncated_event_count: 2 })
  })
})

describe('a hostile device record', () => {
  it('is served with its huge name cut, like an event', async () => {
    const database = fake.fake.database as unknown as { setState(patch: object): void }
    database.setState({
      devices: fake.fake.database.devices.map((device) =>
        device.device_id === 'august_device_1'
          ? { ...device, properties: { ...device.properties, name: 'D'.repeat(2_000_000) } }
          : device,
      ),
    })
    await start()
    await proxy!.inventory.refresh()
    const response = await proxy!.app.inject({ method: 'GET', url: '/api/devices' })
    expect(response.body.length).toBeLessThan(200_000)
    const devices = response.json<{
      devices: { device_id: string; properties: { name: string } }[]
    }>().devices
    const hostile = devices.find((device) => device.device_id === 'august_device_1')
    expect(hostile?.properties.name).toMatch(/…\[truncated by Doorboard: \d+ more characters\]$/)
  })
})

describe('timestamps', () => {
  it('keeps a future event without letting it move the cursor past newer events', async () => {
    const future = addRaw({
      event_type: 'lock.locked',
      device_id: 'august_device_1',
      created_at: '2999-01-01T00:00:00.000Z',
      occurred_at: '2999-01-01T00:00:00.000Z',
    })
    await start()
    await proxy!.poller.pollOnce()
    expect((await health()).future_event_count).toBe(1)

    const next = addRaw({ event_type: 'lock.unlocked', device_id: 'august_device_1' })
    await proxy!.poller.pollOnce()
    const ids = (await served()).events.map((event) => event.event_id)
    expect(ids).toEqual(expect.arrayContaining([future, next]))
    const lastSince = proxy!.layer.calls.filter((call) => call.path === '/events/list').at(-1)
    expect(Date.parse(String(lastSince?.body.since))).toBeLessThan(Date.now())
  })

  it('drops events already past retention and counts them; an unreadable date is invalid, not lost', async () => {
    await start({
      rewriteEvents: (events) => [
        ...events,
        {
          event_id: 'evt_ancient',
          event_type: 'lock.locked',
          device_id: 'august_device_1',
          workspace_id: 'seed_workspace_1',
          created_at: '1999-12-31T23:59:59.000Z',
          occurred_at: '1999-12-31T23:59:59.000Z',
        },
        {
          event_id: 'evt_garbled_date',
          event_type: 'lock.locked',
          device_id: 'august_device_1',
          workspace_id: 'seed_workspace_1',
          created_at: 'yesterday-ish',
          occurred_at: 'yesterday-ish',
        },
      ],
    })
    await proxy!.poller.pollOnce()
    const ids = (await served()).events.map((event) => event.event_id)
    expect(ids).not.toContain('evt_ancient')
    expect(ids).toContain('evt_garbled_date')
    expect(await health()).toMatchObject({
      status: 'ok',
      too_old_event_count: 1,
      invalid_event_count: 1,
    })
  })
})

describe('duplicated ids with different content', () => {
  it('serves the first version once and counts every conflicting copy', async () => {
    const first = {
      event_id: 'evt_duplicate',
      event_type: 'device.name_changed',
      device_id: 'august_device_1',
    }
    addRaw({ ...first, device_name: 'Front door' })
    addRaw({ ...first, device_name: 'Back door' })
    await start()
    await proxy!.poller.pollOnce()
    addRaw({ ...first, device_name: 'Side door', created_at: new Date().toISOString() })
    await proxy!.poller.pollOnce()

    const copies = (await served()).events.filter((event) => event.event_id === 'evt_duplicate')
    expect(copies).toHaveLength(1)
    expect(copies[0]?.device_name).toBe('Front door')
    expect((await health()).conflicting_duplicate_count).toBe(2)
  })
})
