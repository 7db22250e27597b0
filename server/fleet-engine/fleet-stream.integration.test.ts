// The engine's changes over GET /api/stream, real HTTP, real app, real fake Seam.
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'
import type { StreamSettings } from '../stream/doorboard-stream'
import {
  openEventStream,
  type EventStreamClient,
  type ReceivedMessage,
} from '../stream/testing/open-event-stream'
import type { AlertChangeMessage, FleetChangeMessage } from './fleet-stream'

let fake: TestFake
let proxy: TestProxy
const clients: EventStreamClient[] = []

async function start(stream: Partial<StreamSettings> = {}) {
  proxy = await startTestProxy({ target: fake.url, stream })
  await proxy.inventory.refresh()
  await proxy.poller.pollOnce()
  await proxy.engine.run()
  await proxy.app.listen({ port: 0, host: '127.0.0.1' })
  const port = (proxy.app.server.address() as AddressInfo).port
  const client = await openEventStream(`http://127.0.0.1:${port}/api/stream`)
  clients.push(client)
  await client.waitForMessage((message) => message.event === 'reset', 'the reset')
  return client
}

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event (device.connected, now) would outrank an older disconnection.
  fake.clearEvents()
})

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()))
  await proxy.close()
  await fake.close()
})

const parse = <T>(message: ReceivedMessage) => JSON.parse(message.data) as T

/** The front door goes offline half an hour ago (past the grace): a row change and an alert. */
async function takeFrontDoorOffline() {
  fake.addEvent({
    event_type: 'device.disconnected',
    device_id: 'august_device_1',
    connected_account_id: 'john_connected_account_id',
    occurred_at: new Date(Date.now() - 30 * 60_000).toISOString(),
  })
  await proxy.poller.pollOnce()
}

describe('the fleet engine on /api/stream', () => {
  it('sends the changed row and the opened alert, each the next version of its read model', async () => {
    const client = await start()
    const fleetBefore = (await proxy.app.inject('/api/fleet')).json<{ version: number }>()
    await takeFrontDoorOffline()

    const fleetMessage = await client.waitForMessage((m) => m.event === 'fleet', 'a fleet message')
    const fleet = parse<FleetChangeMessage>(fleetMessage)
    expect(fleet.refetch).toBe(false)
    expect(fleet.version).toBe(fleetBefore.version + 1)
    expect(fleet.devices.map((row) => row.device_id)).toEqual(['august_device_1'])
    expect(fleet.devices[0]!.connectivity.state).toBe('offline')

    // The message's row is the row /api/fleet now serves, byte for byte, at the same version.
    const fleetAfter = (await proxy.app.inject('/api/fleet')).json<{
      version: number
      devices: FleetChangeMessage['devices']
      totals: FleetChangeMessage['totals']
    }>()
    expect(fleetAfter.version).toBe(fleet.version)
    expect(fleetAfter.devices.find((row) => row.device_id === 'august_device_1')).toEqual(
      fleet.devices[0],
    )
    if (fleet.totals !== null) expect(fleet.totals).toEqual(fleetAfter.totals)

    const alertMessage = await client.waitForMessage((m) => m.event === 'alert', 'an alert message')
    const alerts = parse<AlertChangeMessage>(alertMessage)
    expect(alerts.refetch).toBe(false)
    expect(alerts.version).toBe(proxy.engine.alertsVersion)
    expect(alerts.alerts.map((alert) => [alert.rule, alert.subject.id, alert.resolved_at])).toEqual(
      [['device_offline', 'august_device_1', null]],
    )
  })

  it('sends nothing for a poll that changes no row or alert', async () => {
    const client = await start()
    const seen = client.messages.length
    await proxy.poller.pollOnce()
    await proxy.engine.run()
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(
      client.messages.slice(seen).filter((m) => m.event === 'fleet' || m.event === 'alert'),
    ).toEqual([])
  })

  it('says refetch, with the version, when a change is larger than a message may be', async () => {
    const client = await start({ maxInlineChangeBytes: 10 })
    await takeFrontDoorOffline()
    const fleet = parse<FleetChangeMessage>(
      await client.waitForMessage((m) => m.event === 'fleet', 'a fleet message'),
    )
    expect(fleet).toEqual({
      version: proxy.engine.fleetVersion,
      refetch: true,
      devices: [],
      removed_devices: [],
      accounts: [],
      removed_accounts: [],
      totals: null,
    })
    const alerts = parse<AlertChangeMessage>(
      await client.waitForMessage((m) => m.event === 'alert', 'an alert message'),
    )
    expect(alerts).toMatchObject({ version: proxy.engine.alertsVersion, refetch: true, alerts: [] })
  })

  it('tells every page when someone acknowledges or snoozes an alert, and not when a change is refused', async () => {
    const client = await start()
    await takeFrontDoorOffline()
    const alertId = proxy.engine.judgement.alerts()[0]!.id
    const post = (url: string, payload: object) =>
      proxy.app.inject({
        method: 'POST',
        url,
        headers: { 'content-type': 'application/json' },
        payload: JSON.stringify(payload),
      })
    expect(
      (await post('/api/alert_state/acknowledgements', { alert_id: alertId, by: 'Ana', note: '' }))
        .statusCode,
    ).toBe(201)
    expect(
      (await post('/api/alert_state/snoozes', { alert_id: alertId, by: 'Ana', hours: 3 }))
        .statusCode,
    ).toBe(400)
    expect(
      (await post('/api/alert_state/snoozes', { alert_id: alertId, by: 'Bo', hours: 1 }))
        .statusCode,
    ).toBe(201)
    await client.waitForMessage(
      () => client.messages.filter((m) => m.event === 'alert_state').length >= 2,
      'two alert_state messages',
    )
    await new Promise((resolve) => setTimeout(resolve, 100))
    const states = client.messages.filter((m) => m.event === 'alert_state')
    expect(states).toHaveLength(2)
    for (const message of states) {
      expect(Date.parse(parse<{ changed_at: string }>(message).changed_at)).toBeGreaterThan(0)
    }
  })
})
