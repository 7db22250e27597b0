// GET /api/connected_accounts/:id against the real app, the fake Seam and the real store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'

let fake: TestFake
let proxy: TestProxy

const ACCOUNT = 'john_connected_account_id'
const DEVICE = 'august_device_1'
const HOUR = 3_600_000
// Whole seconds, so the ISO times the answer spells compare as written here.
const base = Math.floor((Date.now() - 6 * HOUR) / 1000) * 1000
const at = (hours: number) => new Date(base + hours * HOUR).toISOString()
const RANGE = `?from=${at(0)}&to=${at(5)}`

interface AccountBody {
  account: { connected_account_id: string; listed: boolean; devices: number }
  inventory: { connected_account_id: string } | null
  range: { from: string; to: string }
  state: string
  devices: { device_id: string; connected_account_id: string | null }[]
  timeline: { state: string; from: string; to: string; event_id: string | null }[]
  login_failures: unknown[]
  events: { event_id: string }[]
  next: string | null
  alerts: { rule: string; subject: { kind: string; id: string }; resolved_at: string | null }[]
}

function addEvent(event_type: string, hours: number, fields: object = {}): string {
  const added = fake.addEvent({
    event_type,
    connected_account_id: ACCOUNT,
    occurred_at: at(hours),
    ...fields,
  })
  return added.event_id as string
}

let ids: Record<string, string>

beforeEach(async () => {
  fake = await startTestFake()
  fake.clearEvents()
  proxy = await startTestProxy({ target: fake.url })
  await proxy.inventory.refresh()
  ids = {
    connectedEarlier: addEvent('connected_account.connected', -2),
    disconnected: addEvent('connected_account.disconnected', 1),
    reconnected: addEvent('connected_account.connected', 2),
    // Its device's events name the account too, but are not the account's own.
    deviceOffline: addEvent('device.disconnected', 3, { device_id: DEVICE }),
    later: addEvent('connected_account.successful_login', 5.5),
  }
  await proxy.poller.pollOnce()
  await proxy.engine.run()
})

afterEach(async () => {
  await proxy.close()
  await fake.close()
})

async function getAccount(query = '', headers: Record<string, string> = {}, id = ACCOUNT) {
  return proxy.app.inject({ method: 'GET', url: `/api/connected_accounts/${id}${query}`, headers })
}

describe('GET /api/connected_accounts/:id', () => {
  it('draws the account’s link over the range and lists exactly its own events of it', async () => {
    const response = await getAccount(RANGE)
    expect(response.statusCode).toBe(200)
    expect(response.headers['cache-control']).toBe('no-cache')
    const body = response.json<AccountBody>()
    expect(body.range).toEqual({ from: at(0), to: at(5) })
    expect(body.account).toMatchObject({ connected_account_id: ACCOUNT, listed: true })
    expect(body.inventory?.connected_account_id).toBe(ACCOUNT)
    expect(body.state).toBe('connected')
    expect(
      body.timeline.map(({ state, from, to, event_id }) => [state, from, to, event_id]),
    ).toEqual([
      ['connected', at(0), at(1), ids.connectedEarlier],
      ['disconnected', at(1), at(2), ids.disconnected],
      ['connected', at(2), at(5), ids.reconnected],
    ])
    expect(body.events.map((event) => event.event_id)).toEqual([ids.reconnected, ids.disconnected])
    expect(body.next).toBeNull()

    const later = (await getAccount(`?from=${at(4)}&to=${at(6)}`)).json<AccountBody>()
    expect(later.events.map((event) => event.event_id)).toEqual([ids.later])
  })

  it('lists the account’s devices as the fleet does, and its alerts with its devices’ open ones', async () => {
    const listed = (await proxy.app.inject({ method: 'GET', url: '/api/devices' })).json<{
      devices: { device_id: string; connected_account_id: string }[]
    }>()
    const own = listed.devices.filter((device) => device.connected_account_id === ACCOUNT)
    expect(own.length).toBeGreaterThan(0)
    const body = (await getAccount(RANGE)).json<AccountBody>()
    expect(new Set(body.devices.map((row) => row.device_id))).toEqual(
      new Set(own.map((device) => device.device_id)),
    )
    expect(body.account.devices).toBe(own.length)
    const alerts = body.alerts.map((alert) => [alert.rule, alert.subject.id, alert.resolved_at])
    // The hour-long disconnection (resolved by the reconnection) and the device still offline.
    expect(alerts).toContainEqual(['account_disconnected', ACCOUNT, at(2)])
    expect(alerts).toContainEqual(['device_offline', DEVICE, null])
    expect(
      body.alerts.every((alert) =>
        [ACCOUNT, ...own.map((d) => d.device_id)].includes(alert.subject.id),
      ),
    ).toBe(true)
  })

  it('answers 304 to its own ETag until an event of the range arrives', async () => {
    const first = await getAccount(RANGE)
    const etag = first.headers.etag as string
    expect((await getAccount(RANGE, { 'if-none-match': etag })).statusCode).toBe(304)
    const requested = addEvent('connected_account.reauthorization_requested', 4)
    await proxy.poller.pollOnce()
    const changed = await getAccount(RANGE, { 'if-none-match': etag })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
    const body = changed.json<AccountBody>()
    expect(body.timeline.at(-1)).toMatchObject({
      state: 'reauthorization_requested',
      from: at(4),
      to: at(5),
    })
    expect(body.events.map((event) => event.event_id)).toEqual([
      requested,
      ids.reconnected,
      ids.disconnected,
    ])
  })

  it('refuses unknown parameters and reversed ranges, and answers 404 for an unknown account', async () => {
    const unknown = await getAccount('?since=2026-12-03T10:00:00Z')
    expect([unknown.statusCode, unknown.json<{ message: string }>().message]).toEqual([
      400,
      'Unknown parameter "since": this route takes from, to, before.',
    ])
    const reversed = await getAccount('?from=2026-12-03T10:00:00Z&to=2026-12-03T09:00:00Z')
    expect([reversed.statusCode, reversed.json<{ message: string }>().message]).toEqual([
      400,
      'from (2026-12-03T10:00:00Z) is after to (2026-12-03T09:00:00Z); swap them.',
    ])
    const missing = await getAccount('', {}, 'no_such_account')
    expect(missing.statusCode).toBe(404)
    expect(missing.json()).toEqual({
      error: 'not_found',
      message:
        "No connected account no_such_account: neither Seam's account list nor the events kept know it. Check the id, or find the account on the fleet page.",
    })
  })
})
