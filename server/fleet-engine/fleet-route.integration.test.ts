// GET /api/fleet against the real app and the fake Seam: rows, a live change, ETag/304, encodings.
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'

let fake: TestFake
let proxy: TestProxy

interface FleetBody {
  version: number
  devices: {
    device_id: string
    name: string
    connected_account_id: string | null
    connectivity: { state: string }
    last_event: { event_type: string } | null
    open_alerts: { count: number }
  }[]
  accounts: { connected_account_id: string; devices: number }[]
  totals: { devices: number }
}

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event (device.connected, now) would outrank an older disconnection.
  fake.clearEvents()
  proxy = await startTestProxy({ target: fake.url })
  await proxy.inventory.refresh()
  await proxy.poller.pollOnce()
  await proxy.engine.run()
})

afterEach(async () => {
  await proxy.close()
  await fake.close()
})

async function getFleet(headers: Record<string, string> = {}) {
  return proxy.app.inject({ method: 'GET', url: '/api/fleet', headers })
}

describe('GET /api/fleet', () => {
  it("has one row per device of the fake, with its name and account, and the accounts' roll-ups", async () => {
    const listed = (await proxy.app.inject({ method: 'GET', url: '/api/devices' })).json<{
      devices: { device_id: string; connected_account_id: string; properties: { name: string } }[]
    }>()
    const fleet = (await getFleet()).json<FleetBody>()
    expect(listed.devices.length).toBeGreaterThan(0)
    expect(fleet.devices.map((row) => row.device_id).sort()).toEqual(
      listed.devices.map((device) => device.device_id).sort(),
    )
    for (const device of listed.devices) {
      const row = fleet.devices.find((r) => r.device_id === device.device_id)!
      expect(row.connected_account_id).toBe(device.connected_account_id)
    }
    expect(fleet.totals.devices).toBe(listed.devices.length)
    const perAccount = fleet.accounts.reduce((sum, account) => sum + account.devices, 0)
    expect(perAccount).toBe(listed.devices.length)
  })

  it('changes the row when the fake reports an event, with a new version and ETag', async () => {
    const before = await getFleet()
    const etag = before.headers.etag as string
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect((await getFleet({ 'if-none-match': etag })).statusCode).toBe(304)

    fake.addEvent({
      event_type: 'device.disconnected',
      device_id: 'august_device_1',
      connected_account_id: 'john_connected_account_id',
      // Stored now (after the poll cursor), offline for half an hour: past the grace.
      occurred_at: new Date(Date.now() - 30 * 60_000).toISOString(),
    })
    // The poll alone updates the engine (it heard onStored): no run() here.
    await proxy.poller.pollOnce()
    const after = await getFleet({ 'if-none-match': etag })
    expect(after.statusCode).toBe(200)
    expect(after.headers.etag).not.toBe(etag)
    const body = after.json<FleetBody>()
    expect(body.version).toBeGreaterThan(before.json<FleetBody>().version)
    const row = body.devices.find((r) => r.device_id === 'august_device_1')!
    expect(row.connectivity.state).toBe('offline')
    expect(row.last_event?.event_type).toBe('device.disconnected')
    expect(row.open_alerts.count).toBe(1)
  })

  it('serves gzip and brotli that decode to the same JSON, each with the same ETag', async () => {
    const plain = await getFleet()
    const gzipped = await getFleet({ 'accept-encoding': 'gzip' })
    const brotli = await getFleet({ 'accept-encoding': 'gzip, deflate, br' })
    expect(gzipped.headers['content-encoding']).toBe('gzip')
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(gunzipSync(gzipped.rawPayload).toString()).toBe(plain.body)
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(plain.body)
    expect(gzipped.headers.etag).toBe(plain.headers.etag)
    expect(plain.headers.vary).toContain('accept-encoding')
    expect(
      (await getFleet({ 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding'],
    ).toBe('gzip')
  })
})
