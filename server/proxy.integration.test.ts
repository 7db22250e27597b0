// The proxy against a real fake Seam behind a layer that pages like Seam: the contract browsers rely on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { PagingLayer } from './testing/seam-like-paging'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy'
import {
  FAKE_API_KEY,
  FAKE_WORKSPACE_ID,
  startTestFake,
  type TestFake,
} from './testing/start-test-fake'

const PAGE_LIMIT = 100
const OVERLAP_MS = 5_000

let fake: TestFake
let layer: PagingLayer
let proxy: TestProxy

async function startProxy(options: { apiKey?: string; newestFirst?: boolean } = {}) {
  proxy = await startTestProxy({
    target: fake.url,
    newestFirst: options.newestFirst ?? false,
    ...(options.apiKey === undefined ? {} : { apiKey: options.apiKey }),
    environment: {
      UPSTREAM_PAGE_LIMIT: String(PAGE_LIMIT),
      POLL_OVERLAP_MS: String(OVERLAP_MS),
      POLL_INTERVAL_MS: '1000',
    },
  })
  layer = proxy.layer
}

function at(msAgo: number): string {
  return new Date(Date.now() - msAgo).toISOString()
}

async function getJson<T>(url: string): Promise<{ status: number; body: T; text: string }> {
  const response = await proxy.app.inject({ method: 'GET', url })
  return { status: response.statusCode, body: response.json<T>(), text: response.body }
}

interface EventsBody {
  events: { event_id: string; [key: string]: unknown }[]
  cursor: string
  reset?: boolean
}

const eventsCalls = () => layer.calls.filter((call) => call.path === '/events/list')

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await proxy?.close()
  await fake.close()
})

describe('paging, cursor and dedupe', () => {
  it('pages past the upstream page limit and serves every event once', async () => {
    for (let index = 0; index < 345; index += 1) {
      fake.addEvent({
        event_type: 'lock.locked',
        device_id: 'august_device_1',
        method: 'manual',
        created_at: at(60_000 - index),
      })
    }
    await startProxy()
    await proxy.poller.pollOnce()

    const { body } = await getJson<EventsBody>('/api/event_log')
    const ids = body.events.map((event) => event.event_id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(new Set(ids)).toEqual(new Set(fake.eventIds()))
    // 346 events (345 + the seed's one) at 100 a page: 4 pages, the last one short.
    expect(eventsCalls().map((call) => call.returned)).toEqual([100, 100, 100, 46])
    expect(eventsCalls().map((call) => call.body.unstable_offset ?? 0)).toEqual([0, 100, 200, 300])
  })

  it('gets the same set when Seam serves newest first', async () => {
    for (let index = 0; index < 250; index += 1) {
      fake.addEvent({
        event_type: 'lock.unlocked',
        device_id: 'august_device_1',
        method: 'keycode',
        created_at: at(30_000 - index),
      })
    }
    await startProxy({ newestFirst: true })
    await proxy.poller.pollOnce()
    const { body } = await getJson<EventsBody>('/api/event_log')
    expect(new Set(body.events.map((event) => event.event_id))).toEqual(new Set(fake.eventIds()))
  })

  it('reads only from the cursor on later polls, re-reading just the overlap window', async () => {
    for (let index = 0; index < 300; index += 1) {
      fake.addEvent({
        event_type: 'lock.locked',
        device_id: 'august_device_1',
        created_at: at(600_000 - index * 1000),
      })
    }
    await startProxy()
    await proxy.poller.pollOnce()
    const first = await getJson<EventsBody>('/api/event_log')
    const callsBefore = eventsCalls().length

    const newest = fake.addEvent({
      event_type: 'device.connected',
      device_id: 'august_device_1',
      created_at: at(0),
    })
    await proxy.poller.pollOnce()

    const later = eventsCalls().slice(callsBefore)
    expect(later).toHaveLength(1)
    const since = Date.parse(String(later[0]!.body.since))
    // The cursor is the newest created_at seen, minus the overlap, not the start of retention.
    expect(since).toBeGreaterThan(Date.now() - 600_000)
    // Only the overlap window and the new event come back, not the 300 old events.
    expect(later[0]!.returned).toBeLessThan(10)

    const incremental = await getJson<EventsBody>(
      `/api/event_log?after=${encodeURIComponent(first.body.cursor)}`,
    )
    expect(incremental.body.events.map((event) => event.event_id)).toEqual([newest.event_id])
    expect(incremental.body.reset).toBeUndefined()
  })

  it('dedupes the overlap and keeps late events whose created_at ties or precedes the cursor', async () => {
    const tie = at(1_000)
    fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1', created_at: tie })
    await startProxy()
    await proxy.poller.pollOnce()
    const sizeAfterFirst = proxy.store.size

    // Seam's `since` is a strict `>`: an event created at the same instant as the cursor, or a
    // little earlier but inserted late, is only found because the poller re-reads an overlap.
    const sameInstant = fake.addEvent({
      event_type: 'lock.unlocked',
      device_id: 'august_device_1',
      created_at: tie,
    })
    const lateArrival = fake.addEvent({
      event_type: 'device.disconnected',
      device_id: 'august_device_1',
      error_code: 'device_disconnected',
      created_at: at(3_000),
    })
    await proxy.poller.pollOnce()
    await proxy.poller.pollOnce()

    expect(proxy.store.size).toBe(sizeAfterFirst + 2)
    const { body } = await getJson<EventsBody>('/api/event_log')
    const ids = body.events.map((event) => event.event_id)
    expect(ids).toContain(sameInstant.event_id)
    expect(ids).toContain(lateArrival.event_id)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('answers an idle browser with a few dozen bytes, and resets a foreign cursor', async () => {
    await startProxy()
    await proxy.poller.pollOnce()
    const { body } = await getJson<EventsBody>('/api/event_log')
    const idle = await proxy.app.inject({ method: 'GET', url: `/api/event_log?after=${body.cursor}` })
    expect(idle.json()).toEqual({ events: [], cursor: body.cursor })
    expect(idle.body.length).toBeLessThan(64)

    const foreign = await getJson<EventsBody>('/api/event_log?after=deadbeef.3')
    expect(foreign.body.reset).toBe(true)
    expect(foreign.body.events).toHaveLength(body.events.length)
  })
})

describe('one poller for everyone', () => {
  it('50 polling browsers cause no upstream call; one poll is one upstream call', async () => {
    // More than a page of history, as a real fleet has: Seam has shown a full page, so a later
    // poll's short page is surely its last and needs no second request.
    for (let index = 0; index < PAGE_LIMIT; index += 1) {
      fake.addEvent({
        event_type: 'lock.locked',
        device_id: 'august_device_1',
        created_at: at(60_000),
      })
    }
    await startProxy()
    await proxy.poller.pollOnce()
    const before = eventsCalls().length
    const callsBefore = layer.calls.length
    const { body } = await getJson<EventsBody>('/api/event_log')
    await Promise.all(
      Array.from({ length: 50 }, async () => {
        for (let round = 0; round < 3; round += 1) {
          await proxy.app.inject({ method: 'GET', url: `/api/event_log?after=${body.cursor}` })
          await proxy.app.inject({ method: 'GET', url: '/api/devices' })
          await proxy.app.inject({ method: 'GET', url: '/api/health' })
        }
      }),
    )
    expect(layer.calls.length).toBe(callsBefore)
    expect(eventsCalls().length).toBe(before)
    await proxy.poller.pollOnce()
    expect(eventsCalls().length).toBe(before + 1)
  })
})

describe('what the proxy keeps and serves', () => {
  it('removes access-code PINs before storing or serving', async () => {
    fake.addEvent({
      event_type: 'access_code.set_on_device',
      device_id: 'august_device_1',
      access_code_id: 'ac_1',
      code: '482913',
    })
    fake.addEvent({
      event_type: 'access_code.scheduled_on_device',
      device_id: 'august_device_1',
      access_code_id: 'ac_2',
      code: '771204',
    })
    await startProxy()
    await proxy.poller.pollOnce()
    const { body, text } = await getJson<EventsBody>('/api/event_log')
    expect(text).not.toContain('482913')
    expect(text).not.toContain('771204')
    const setEvent = body.events.find((event) => event.event_type === 'access_code.set_on_device')
    expect(setEvent).toBeDefined()
    expect(setEvent).not.toHaveProperty('code')
    expect(setEvent?.access_code_id).toBe('ac_1')
    const health = await getJson<{ redacted_pin_count: number }>('/api/health')
    expect(health.body.redacted_pin_count).toBe(2)
  })

  it('keeps malformed and unknown events as such, counted, without stopping the poller', async () => {
    fake.addEvent({
      event_type: 'device.low_battery',
      device_id: 'august_device_1',
      battery_level: 7,
    })
    fake.addEvent({ event_type: 'device.teleported', device_id: 'august_device_1' })
    const good = fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1' })
    await startProxy()
    await proxy.poller.pollOnce()
    const { body } = await getJson<EventsBody>('/api/event_log')
    const types = body.events.map((event) => event.event_type)
    expect(types).toEqual(expect.arrayContaining(['device.low_battery', 'device.teleported']))
    expect(body.events.map((event) => event.event_id)).toContain(good.event_id)
    const health = await getJson<{
      invalid_event_count: number
      unknown_event_count: number
      status: string
    }>('/api/health')
    expect(health.body).toMatchObject({
      invalid_event_count: 1,
      unknown_event_count: 1,
      status: 'ok',
    })
  })

  it('serves devices and connected accounts from its last refresh', async () => {
    await startProxy()
    await proxy.inventory.refresh()
    const devices = await getJson<{ devices: { device_id: string }[] }>('/api/devices')
    expect(devices.body.devices.map((device) => device.device_id)).toContain('august_device_1')
    const accounts = await getJson<{ connected_accounts: { connected_account_id: string }[] }>(
      '/api/connected_accounts',
    )
    expect(accounts.body.connected_accounts.length).toBeGreaterThan(0)
  })
})

describe('read-only and secret-keeping', () => {
  it('forwards no write: unlocking a door through the proxy is a 404 and never reaches Seam', async () => {
    await startProxy()
    const attempts = [
      {
        method: 'POST' as const,
        url: '/api/locks/unlock_door',
        payload: { device_id: 'august_device_1' },
      },
      { method: 'POST' as const, url: '/api/event_log', payload: {} },
      { method: 'GET' as const, url: '/api/locks/list' },
      { method: 'DELETE' as const, url: '/api/devices' },
      { method: 'POST' as const, url: '/api/access_codes/create', payload: { code: '1234' } },
      { method: 'PUT' as const, url: '/api/devices/update', payload: { name: 'x' } },
    ]
    for (const attempt of attempts) {
      const response = await proxy.app.inject(attempt)
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404)
    }
    expect(layer.calls.map((call) => call.path)).toEqual([])
    const device = fake.fake.database.devices.find((entry) => entry.device_id === 'august_device_1')
    expect((device?.properties as { locked?: boolean } | undefined)?.locked).toBe(true)
  })

  it('never puts the API key in a response, and blocks any response that would contain it', async () => {
    // A hostile or buggy upstream echoing the key must not get it to the browser.
    fake.addEvent({
      event_type: 'device.name_changed',
      device_id: 'august_device_1',
      device_name: FAKE_API_KEY,
    })
    await startProxy()
    await proxy.poller.pollOnce()
    await proxy.inventory.refresh()
    for (const url of [
      '/api/event_log',
      '/api/devices',
      '/api/connected_accounts',
      '/api/health',
      '/api/nope',
      '/',
    ]) {
      const response = await proxy.app.inject({ method: 'GET', url })
      expect(response.body, url).not.toContain(FAKE_API_KEY)
      expect(JSON.stringify(response.headers), url).not.toContain(FAKE_API_KEY)
    }
    expect((await proxy.app.inject({ method: 'GET', url: '/api/event_log' })).statusCode).toBe(500)
  })
})

describe('health in words', () => {
  it('reports an outage and recovers without losing or duplicating events', async () => {
    fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1' })
    await startProxy()
    await proxy.poller.pollOnce()
    expect((await getJson<{ status: string }>('/api/health')).body.status).toBe('ok')

    fake.fake.database.simulateWorkspaceOutage(FAKE_WORKSPACE_ID, { routes: ['/events/list'] })
    const duringOutage = fake.addEvent({
      event_type: 'device.disconnected',
      device_id: 'august_device_1',
      error_code: 'hub_disconnected',
    })
    await proxy.poller.pollOnce()
    const down = await getJson<{ status: string; last_error: string }>('/api/health')
    expect(down.body.status).toBe('degraded')
    expect(down.body.last_error).toMatch(/Seam is failing \(HTTP 503\)/)

    fake.fake.database.simulateWorkspaceOutage(FAKE_WORKSPACE_ID, { routes: [] })
    await proxy.poller.pollOnce()
    const healthy = await getJson<{ status: string; last_error: string | null }>('/api/health')
    expect(healthy.body).toMatchObject({ status: 'ok', last_error: null })
    const { body } = await getJson<EventsBody>('/api/event_log')
    const ids = body.events.map((event) => event.event_id)
    expect(ids).toContain(duringOutage.event_id)
    expect(new Set(ids)).toEqual(new Set(fake.eventIds()))
    expect(ids.length).toBe(fake.eventIds().length)
  })

  it('says the key was rejected, and is down at once', async () => {
    await startProxy({ apiKey: 'seam_wrong_key_000000' })
    await proxy.poller.pollOnce()
    const health = await getJson<{ status: string; last_error: string }>('/api/health')
    expect(health.body.status).toBe('down')
    expect(health.body.last_error).toBe('Seam rejected the API key (401). Check SEAM_API_KEY.')
    expect(health.text).not.toContain('seam_wrong_key_000000')
  })

  it('honours a 429 and says it is being rate-limited', async () => {
    await startProxy()
    layer.failNext('/events/list', 429, 1, { 'retry-after': '7' })
    await proxy.poller.pollOnce()
    const health = await getJson<{ status: string; last_error: string }>('/api/health')
    expect(health.body.last_error).toMatch(/rate-limiting/)
    expect(health.body.status).toBe('degraded')
  })
})
