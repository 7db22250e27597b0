// GET /api/events/count against the real fake on both store engines: the count of exactly the
// events /api/events pages through for the same filter, and the stored total beside it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { FAKE_WORKSPACE_ID, startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'
import { storeEngines } from '../testing/test-database'

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

const get = (url: string) => proxy!.app.inject({ method: 'GET', url })

/** How many events /api/events serves for `query`, page after page. */
async function pagedCount(query: string): Promise<number> {
  let served = 0
  let next: string | null = null
  do {
    const cursor: string = next === null ? '' : `&before=${encodeURIComponent(next)}`
    const response = await get(`/api/events?limit=1000${query}${cursor}`)
    expect(response.statusCode, response.body).toBe(200)
    const page = response.json<{ events: unknown[]; next: string | null }>()
    served += page.events.length
    next = page.next
  } while (next !== null)
  return served
}

const ENGINES = await storeEngines()

describe.each(ENGINES)('GET /api/events/count on $engine', ({ engine, skip }) => {
  it.skipIf(skip !== undefined)(
    'counts what the pages hold for each filter, of every stored event',
    async () => {
      const devices = fake.fake.database.devices
        .filter((device) => device.workspace_id === FAKE_WORKSPACE_ID)
        .slice(0, 2)
      const start = Date.now() - 60_000
      for (let index = 0; index < 40; index += 1) {
        fake.addEvent({
          event_type: index % 4 === 0 ? 'device.disconnected' : 'lock.unlocked',
          device_id: devices[index % devices.length]!.device_id,
          created_at: new Date(start + index * 1_000).toISOString(),
        })
      }
      proxy = await startTestProxy({ target: fake.url, engine })
      await proxy.poller.pollOnce()
      await proxy.inventory.refresh()

      const stored = (await get('/api/health')).json<{ event_count: number }>().event_count
      expect(stored).toBeGreaterThan(40)
      const from = new Date(start + 10_500).toISOString()
      const filters = [
        '',
        '&category=connectivity',
        `&device=${devices[0]!.device_id}&type=lock.unlocked`,
        '&severity=none,warning&q=unlocked',
        `&from=${encodeURIComponent(from)}`,
        '&status=unknown',
      ]
      for (const query of filters) {
        const response = await get(`/api/events/count?${query.slice(1)}`)
        expect(response.statusCode, query).toBe(200)
        expect(response.headers['cache-control']).toBe('no-store')
        expect(response.json(), query).toEqual({ count: await pagedCount(query), total: stored })
      }
      // The filters narrow for real: device 0 has the 20 even indexes, 10 of them disconnects.
      expect((await get('/api/events/count?status=unknown')).json()).toEqual({
        count: 0,
        total: stored,
      })
      expect(
        (await get(`/api/events/count?device=${devices[0]!.device_id}&type=lock.unlocked`)).json<{
          count: number
        }>().count,
      ).toBe(10)
    },
  )

  it.skipIf(skip !== undefined)('refuses a bad filter or a paging parameter in words', async () => {
    proxy = await startTestProxy({ target: fake.url, engine })
    const cases: [string, RegExp][] = [
      ['/api/events/count?category=doors', /category "doors" is not one of/],
      ['/api/events/count?limit=5', /Unknown parameter "limit"/],
      ['/api/events/count?before=x', /Unknown parameter "before"/],
      ['/api/events/count?from=yesterday', /from must be an ISO 8601 instant with its zone/],
    ]
    for (const [url, message] of cases) {
      const response = await get(url)
      expect(response.statusCode, url).toBe(400)
      expect(response.json<{ message: string }>().message, url).toMatch(message)
    }
  })
})
