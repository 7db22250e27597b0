// GET /api/alerts against the real app, the fake Seam and the real store: statuses, handling, times.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'

let fake: TestFake
let proxy: TestProxy

interface Entry {
  kind: 'alert' | 'incident'
  status: string
  acknowledgement: { by: string; note: string } | null
  snooze: { by: string; hours: number; until: string } | null
  alert: {
    alert_id: string
    rule: string
    subject: { kind: string; id: string }
    opened_at: string
    resolved_at: string | null
    resolved_by: { event_id: string | null; type: string } | null
  }
}
interface AlertsBody {
  version: number
  counts: Record<string, number>
  severities: Record<string, string | null>
  entries: Entry[]
}

const DEVICE = 'august_device_1'
const ACCOUNT = 'john_connected_account_id'
const offlineAt = Date.now() - 30 * 60_000

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event (device.connected, now) would outrank an older disconnection.
  fake.clearEvents()
  proxy = await startTestProxy({ target: fake.url })
  await proxy.inventory.refresh()
  fake.addEvent({
    event_type: 'device.disconnected',
    device_id: DEVICE,
    connected_account_id: ACCOUNT,
    occurred_at: new Date(offlineAt).toISOString(),
  })
  await proxy.poller.pollOnce()
  await proxy.engine.run()
})

afterEach(async () => {
  await proxy.close()
  await fake.close()
})

async function getAlerts(query = '', headers: Record<string, string> = {}) {
  return proxy.app.inject({ method: 'GET', url: `/api/alerts${query}`, headers })
}

const summary = (body: AlertsBody) =>
  body.entries.map((entry) => [entry.status, entry.alert.rule, entry.alert.subject.id])

async function post(url: string, payload: object) {
  const response = await proxy.app.inject({
    method: 'POST',
    url,
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(payload),
  })
  expect(response.statusCode).toBe(201)
}

describe('GET /api/alerts', () => {
  it('lists the engine’s open alert, then follows an acknowledgement, a snooze and the resolution', async () => {
    const open = (await getAlerts()).json<AlertsBody>()
    expect(summary(open)).toEqual([['open', 'device_offline', DEVICE]])
    expect(open.counts).toEqual({ open: 1, snoozed: 0, acknowledged: 0, resolved: 0 })
    // A badge asks for the counts alone.
    const badge = (await getAlerts('?status=open&limit=0')).json<AlertsBody>()
    expect([badge.entries, badge.counts.open, badge.severities.open]).toEqual([[], 1, 'warning'])
    const alertId = open.entries[0]!.alert.alert_id
    expect(open.entries[0]!.alert.opened_at).toBe(new Date(offlineAt).toISOString())

    await post('/api/alert_state/snoozes', { alert_id: alertId, hours: 1, by: 'Bo' })
    const snoozed = (await getAlerts('?status=snoozed')).json<AlertsBody>()
    expect(summary(snoozed)).toEqual([['snoozed', 'device_offline', DEVICE]])
    expect(snoozed.entries[0]!.snooze).toMatchObject({ by: 'Bo', hours: 1 })
    expect((await getAlerts('?status=open')).json<AlertsBody>().entries).toEqual([])

    await post('/api/alert_state/acknowledgements', {
      alert_id: alertId,
      by: 'Ana',
      note: 'on my way',
    })
    const acknowledged = (await getAlerts('?status=acknowledged,snoozed')).json<AlertsBody>()
    expect(summary(acknowledged)).toEqual([['acknowledged', 'device_offline', DEVICE]])
    expect(acknowledged.entries[0]!.acknowledgement).toMatchObject({ by: 'Ana', note: 'on my way' })

    fake.addEvent({
      event_type: 'device.connected',
      device_id: DEVICE,
      connected_account_id: ACCOUNT,
    })
    await proxy.poller.pollOnce()
    const resolved = (await getAlerts('?status=resolved')).json<AlertsBody>()
    expect(summary(resolved)).toEqual([['resolved', 'device_offline', DEVICE]])
    expect(resolved.entries[0]!.alert.resolved_by?.type).toBe('device.connected')
    // Who looked at it stays with the resolved alert.
    expect(resolved.entries[0]!.acknowledgement?.by).toBe('Ana')
    expect(resolved.version).toBe(proxy.engine.alertsVersion)
  })

  it('keeps alerts that were open at some moment of from–to, and no others', async () => {
    const before = new Date(offlineAt - 60_000).toISOString()
    const after = new Date(offlineAt + 60_000).toISOString()
    const ids = async (query: string) =>
      (await getAlerts(query)).json<AlertsBody>().entries.map((entry) => entry.alert.subject.id)
    expect(await ids(`?to=${before}`)).toEqual([])
    expect(await ids(`?to=${after}`)).toEqual([DEVICE])
    expect(await ids(`?from=${after}`)).toEqual([DEVICE])
    expect(await ids(`?from=${before}&to=${after}`)).toEqual([DEVICE])
  })

  it('answers 304 to its own ETag until the alerts or their handling change', async () => {
    const first = await getAlerts()
    const etag = first.headers.etag as string
    expect((await getAlerts('', { 'if-none-match': etag })).statusCode).toBe(304)
    const alertId = first.json<AlertsBody>().entries[0]!.alert.alert_id
    await post('/api/alert_state/acknowledgements', { alert_id: alertId, by: 'Ana', note: '' })
    const changed = await getAlerts('', { 'if-none-match': etag })
    expect(changed.statusCode).toBe(200)
    expect(changed.headers.etag).not.toBe(etag)
  })

  it('refuses a bad status, an unknown parameter and a reversed range, in words', async () => {
    const cases: [string, string][] = [
      ['?status=firing', 'status "firing" is not one of open, snoozed, acknowledged, resolved.'],
      ['?state=open', 'Unknown parameter "state": this route takes status, from, to, limit.'],
      [
        '?from=2026-12-03T10:00:00Z&to=2026-12-03T09:00:00Z',
        'from (2026-12-03T10:00:00Z) is after to (2026-12-03T09:00:00Z); swap them.',
      ],
      [
        '?from=yesterday',
        'from must be an ISO 8601 instant with its zone, such as 2026-12-03T10:00:00Z; got "yesterday".',
      ],
    ]
    for (const [query, message] of cases) {
      const response = await getAlerts(query)
      expect([query, response.statusCode, response.json<{ message: string }>().message]).toEqual([
        query,
        400,
        message,
      ])
    }
  })
})
