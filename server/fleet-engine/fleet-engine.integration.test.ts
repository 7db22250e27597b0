// The server judges the fleet with no browser open: alert episodes open and resolve in the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readAlertHistory } from '../store/alert-history-rows'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'

let fake: TestFake
let proxy: TestProxy | undefined

beforeEach(async () => {
  fake = await startTestFake()
  // The seed's one event (device.connected, now) would say the lock is online.
  fake.clearEvents()
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  await fake.close()
})

describe('the fleet engine records alert history', () => {
  it('opens an episode when a lock goes offline and resolves it when it is back', async () => {
    proxy = await startTestProxy({ target: fake.url })
    const wentOffline = Date.now() - 60 * 60_000
    const disconnected = fake.addEvent({
      event_type: 'device.disconnected',
      device_id: 'august_device_1',
      connected_account_id: 'john_connected_account_id',
      created_at: new Date(wentOffline).toISOString(),
    })
    await proxy.inventory.refresh()
    await proxy.poller.pollOnce()
    const first = await proxy.engine.run()
    const offline = first?.opened.filter((id) => id.includes(String(disconnected.event_id))) ?? []
    expect(offline).toHaveLength(1)

    const [episode] = await readAlertHistory(proxy.database.db, { alertId: offline[0]! })
    expect(episode).toMatchObject({
      kind: 'device',
      subject: 'august_device_1',
      resolvedAt: null,
    })
    expect(episode!.severity).not.toBe('unknown')
    // Opened when the rule says the alert opened (from the event), not when the server looked.
    expect(episode!.openedAt).toBeGreaterThanOrEqual(wentOffline)
    expect(episode!.openedAt).toBeLessThan(Date.now() - 30 * 60_000)

    // Judging again without news changes nothing.
    expect(await proxy.engine.run()).toEqual({ opened: [], changed: [], resolved: [] })

    fake.addEvent({
      event_type: 'device.connected',
      device_id: 'august_device_1',
      connected_account_id: 'john_connected_account_id',
    })
    // The poll alone brings the engine up to date and records the change: no run() asked.
    await proxy.poller.pollOnce()
    await proxy.engine.settled()
    const [resolved] = await readAlertHistory(proxy.database.db, { alertId: offline[0]! })
    expect(resolved!.resolvedAt).not.toBeNull()
    expect(resolved!.changes.at(-1)).toMatchObject({ type: 'resolved' })
  })

  it('forgets events retention removed, so their alerts end', async () => {
    proxy = await startTestProxy({ target: fake.url })
    const disconnected = fake.addEvent({
      event_type: 'device.disconnected',
      device_id: 'august_device_1',
      connected_account_id: 'john_connected_account_id',
      created_at: new Date(Date.now() - 60 * 60_000).toISOString(),
    })
    await proxy.inventory.refresh()
    await proxy.poller.pollOnce()
    const first = await proxy.engine.run()
    const offline = first?.opened.filter((id) => id.includes(String(disconnected.event_id))) ?? []
    expect(offline).toHaveLength(1)
    // As if 168 h had passed for that event: retention removes it from the store.
    expect(proxy.store.evictExpired(Date.now() + 168 * 3_600_000 - 30 * 60_000)).toBe(1)
    const after = await proxy.engine.run()
    expect(after?.resolved).toEqual(offline)
  })
})
