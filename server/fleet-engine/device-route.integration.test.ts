// GET /api/devices/:id against the real app, the fake Seam and the real store: timelines, events, errors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { encodeCursor } from '../events-api/event-cursor'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'

let fake: TestFake
let proxy: TestProxy

const DEVICE = 'august_device_1'
const ACCOUNT = 'john_connected_account_id'
const HOUR = 3_600_000
// Whole seconds, so the ISO times the answer spells compare as written here.
const base = Math.floor((Date.now() - 6 * HOUR) / 1000) * 1000
const at = (hours: number) => new Date(base + hours * HOUR).toISOString()
const RANGE = `?from=${at(0)}&to=${at(5)}`

interface Interval {
  state: string
  from: string
  to: string
}
interface DeviceBody {
  device: { device_id: string; connected_account_id: string | null; listed: boolean }
  inventory: { device_id: string } | null
  range: { from: string; to: string }
  timelines: {
    connectivity: (Interval & { reason: string | null })[]
    battery: {
      series: { at: string; level: number; event_id: string | null }[]
      before: { at: string; level: number } | null
      bands: { status: string; source: string; from: string; to: string }[]
    }
    lock: (Interval & { method: string; access_code_id: string | null; event_id: string })[]
    lock_denied: { at: string; event_id: string }[]
    media: unknown[]
  }
  statistics: {
    connectivity: { ms_by_state: Record<string, number>; uptime_percent: number | null }
    battery: { days_to_empty: number | null }
  }
  events: { event_id: string }[]
  next: string | null
  alerts: { rule: string; subject: { id: string }; opened_at: string; resolved_at: string | null }[]
}

/** Adds a device event at `hours` after base (stored now, after the poll cursor); its id. */
function deviceEvent(event_type: string, hours: number, fields: object = {}): string {
  const added = fake.addEvent({
    event_type,
    device_id: DEVICE,
    connected_account_id: ACCOUNT,
    occurred_at: at(hours),
    ...fields,
  })
  return added.event_id as string
}

let ids: Record<string, string>

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event (device.connected, now) would be one more event of the device.
  fake.clearEvents()
  proxy = await startTestProxy({ target: fake.url })
  await proxy.inventory.refresh()
  ids = {
    connectedEarlier: deviceEvent('device.connected', -3),
    lockedEarlier: deviceEvent('lock.locked', -1, { method: 'automatic' }),
    disconnected: deviceEvent('device.disconnected', 1, { error_code: 'hub_disconnected' }),
    connected: deviceEvent('device.connected', 2),
    locked: deviceEvent('lock.locked', 3, { method: 'manual' }),
    unlocked: deviceEvent('lock.unlocked', 3.5, { method: 'keycode', access_code_id: 'code-1' }),
    lowBattery: deviceEvent('device.low_battery', 4, { battery_level: 0.4 }),
    batteryStatus: deviceEvent('device.battery_status_changed', 4.5, {
      battery_status: 'low',
      battery_level: 0.2,
    }),
    lowBatteryLater: deviceEvent('device.low_battery', 5.5, { battery_level: 0.1 }),
  }
  // Another device's event in the range is not this device's.
  fake.addEvent({
    event_type: 'device.disconnected',
    device_id: 'august_device_2',
    connected_account_id: ACCOUNT,
    occurred_at: at(2.5),
  })
  await proxy.poller.pollOnce()
  await proxy.engine.run()
})

afterEach(async () => {
  await proxy.close()
  await fake.close()
})

async function getDevice(query = '', headers: Record<string, string> = {}, id = DEVICE) {
  return proxy.app.inject({ method: 'GET', url: `/api/devices/${id}${query}`, headers })
}

describe('GET /api/devices/:id', () => {
  it('draws the offline spell between the disconnection and the reconnection', async () => {
    const response = await getDevice(RANGE)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    const body = response.json<DeviceBody>()
    expect(body.range).toEqual({ from: at(0), to: at(5) })
    expect(body.device).toMatchObject({
      device_id: DEVICE,
      connected_account_id: ACCOUNT,
      listed: true,
    })
    expect(body.inventory?.device_id).toBe(DEVICE)
    expect(
      body.timelines.connectivity.map(({ state, reason, from, to }) => [state, reason, from, to]),
    ).toEqual([
      ['online', null, at(0), at(1)],
      ['offline', 'hub_disconnected', at(1), at(2)],
      ['online', null, at(2), at(5)],
    ])
    expect(body.statistics.connectivity.ms_by_state).toEqual({
      online: 4 * HOUR,
      offline: HOUR,
      flaky: 0,
      unknown: 0,
    })
    expect(body.statistics.connectivity.uptime_percent).toBe(80)
    const offline = body.alerts.find((alert) => alert.rule === 'device_offline')
    expect(offline).toMatchObject({ subject: { id: DEVICE }, opened_at: at(1), resolved_at: at(2) })
  })

  it('shows each lock and unlock with its method, and the battery readings of the range', async () => {
    const body = (await getDevice(RANGE)).json<DeviceBody>()
    expect(
      body.timelines.lock.map((i) => [
        i.state,
        i.method,
        i.access_code_id,
        i.from,
        i.to,
        i.event_id,
      ]),
    ).toEqual([
      // Locked before the range: the bolt's state where the range starts.
      ['locked', 'automatic', null, at(0), at(3), ids.lockedEarlier],
      ['locked', 'manual', null, at(3), at(3.5), ids.locked],
      ['unlocked', 'keycode', 'code-1', at(3.5), at(5), ids.unlocked],
    ])
    expect(body.timelines.battery.series).toEqual([
      { at: at(4), level: 0.4, event_id: ids.lowBattery },
      { at: at(4.5), level: 0.2, event_id: ids.batteryStatus },
    ])
    expect(body.timelines.battery.before).toBeNull()
    expect(body.timelines.battery.bands).toEqual([
      { status: 'low', source: 'reported', from: at(4.5), to: at(5) },
    ])
    expect(body.timelines.lock_denied).toEqual([])
    expect(body.timelines.media).toEqual([])
  })

  it('lists exactly the device’s events of the range, newest first, as stored', async () => {
    const body = (await getDevice(RANGE)).json<DeviceBody>()
    expect(body.events.map((event) => event.event_id)).toEqual([
      ids.batteryStatus,
      ids.lowBattery,
      ids.unlocked,
      ids.locked,
      ids.connected,
      ids.disconnected,
    ])
    expect(body.next).toBeNull()

    const narrow = (await getDevice(`?from=${at(3)}&to=${at(4)}`)).json<DeviceBody>()
    expect(narrow.events.map((event) => event.event_id)).toEqual([
      ids.lowBattery,
      ids.unlocked,
      ids.locked,
    ])
    expect(narrow.timelines.battery.before).toBeNull()
    expect(narrow.timelines.battery.series.map((point) => point.event_id)).toEqual([ids.lowBattery])

    const later = (await getDevice(`?from=${at(4.75)}&to=${at(5.75)}`)).json<DeviceBody>()
    expect(later.events.map((event) => event.event_id)).toEqual([ids.lowBatteryLater])
    // The line enters the range from the last reading before it.
    expect(later.timelines.battery.before).toMatchObject({ at: at(4.5), level: 0.2 })
    expect(later.timelines.battery.series.map((point) => point.event_id)).toEqual([
      ids.lowBatteryLater,
    ])
  })

  it('goes on after `before`, and covers the last 24 hours when no range is given', async () => {
    const before = encodeCursor({ sortAt: base + 3.5 * HOUR, eventId: ids.unlocked! })
    const older = (await getDevice(`${RANGE}&before=${before}`)).json<DeviceBody>()
    expect(older.events.map((event) => event.event_id)).toEqual([
      ids.locked,
      ids.connected,
      ids.disconnected,
    ])

    const asked = Date.now()
    const day = (await getDevice()).json<DeviceBody>()
    const to = Date.parse(day.range.to)
    expect(to).toBeGreaterThanOrEqual(asked - 1000)
    expect(to - Date.parse(day.range.from)).toBe(24 * HOUR)
    expect(new Set(day.events.map((event) => event.event_id))).toEqual(new Set(Object.values(ids)))
  })

  it('answers 304 to its own ETag until an event of the range arrives', async () => {
    const first = await getDevice(RANGE)
    const etag = first.headers.etag as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await getDevice(RANGE, { 'if-none-match': etag })).statusCode).toBe(304)
    const denied = deviceEvent('lock.access_denied', 4.75, { access_code_id: 'code-2' })
    await proxy.poller.pollOnce()
    const changed = await getDevice(RANGE, { 'if-none-match': etag })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    const body = changed.json<DeviceBody>()
    expect(body.timelines.lock_denied).toEqual([
      { at: at(4.75), event_id: denied, access_code_id: 'code-2' },
    ])
    expect(body.events[0]?.event_id).toBe(denied)
  })

  it('refuses unknown parameters and bad or reversed ranges, in words', async () => {
    const cases: [string, string][] = [
      [
        '?form=2026-12-03T10:00:00Z',
        'Unknown parameter "form": this route takes from, to, before.',
      ],
      [
        '?from=2026-12-03T10:00:00Z&to=2026-12-03T09:00:00Z',
        'from (2026-12-03T10:00:00Z) is after to (2026-12-03T09:00:00Z); swap them.',
      ],
      [
        '?from=yesterday',
        'from must be an ISO 8601 instant with its zone, such as 2026-12-03T10:00:00Z; got "yesterday".',
      ],
      [
        '?to=2026-12-03T10:00:00',
        'to must be an ISO 8601 instant with its zone, such as 2026-12-03T10:00:00Z; got "2026-12-03T10:00:00".',
      ],
      [
        '?before=nope!',
        'before is not a cursor from this server: pass the "next" of the previous page as it came, or leave before out for the newest events.',
      ],
    ]
    for (const [query, message] of cases) {
      const response = await getDevice(query)
      expect([query, response.statusCode, response.json<{ message: string }>().message]).toEqual([
        query,
        400,
        message,
      ])
    }
  })

  it('answers 404 for a device neither listed nor known from events', async () => {
    const response = await getDevice('', {}, 'no_such_device')
    expect(response.statusCode).toBe(404)
    expect(response.json()).toEqual({
      error: 'not_found',
      message:
        "No device no_such_device: neither Seam's device list nor the events kept know it. Check the id, or find the device on the fleet page.",
    })
  })
})
