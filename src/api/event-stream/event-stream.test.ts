import { describe, expect, it } from 'vitest'
import type { EventsPage } from '../get-events'
import { ProxyUnreachableError } from '../proxy-error'
import { createEventStream } from './event-stream'

const T0 = Date.parse('2025-06-01T12:00:00.000Z')

function raw(id: string, minutes: number, deviceId = 'door') {
  const at = new Date(T0 + minutes * 60_000).toISOString()
  return {
    event_id: id,
    event_type: 'device.connected',
    created_at: at,
    occurred_at: at,
    device_id: deviceId,
  }
}

/** A fake proxy answering from a script, recording the cursors it was asked for. */
function scriptedProxy(pages: (EventsPage | Error)[]) {
  const asked: (string | undefined)[] = []
  const fetchPage = (after: string | undefined) => {
    asked.push(after)
    const next = pages.shift()
    if (next === undefined) return Promise.reject(new Error('no more pages scripted'))
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(next)
  }
  return { asked, fetchPage }
}

const ids = (stream: { getSnapshot(): { events: readonly { id: string }[] } }) =>
  stream.getSnapshot().events.map((e) => e.id)

describe('createEventStream', () => {
  it('loads everything first, then asks only for what came after its cursor', async () => {
    const proxy = scriptedProxy([
      { events: [raw('a', 1), raw('b', 2)], cursor: 'e.2' },
      { events: [], cursor: 'e.2' },
      { events: [raw('c', 3)], cursor: 'e.3' },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    expect(stream.getSnapshot().loaded).toBe(false)

    expect(await stream.poll()).toEqual({ fetchedAt: T0, added: 2, reset: false })
    expect(stream.getSnapshot().loaded).toBe(true)
    await stream.poll()
    expect((await stream.poll()).added).toBe(1)
    expect(proxy.asked).toEqual([undefined, 'e.2', 'e.2'])
    expect(ids(stream)).toEqual(['c', 'b', 'a'])
  })

  it('parses every event, keeping invalid and unknown ones with their reason', async () => {
    const proxy = scriptedProxy([
      {
        events: [
          raw('a', 1),
          { event_id: 'x', event_type: 'lock.locked' },
          { ...raw('u', 2), event_type: 'robot.waved' },
        ],
        cursor: 'e.3',
      },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    await stream.poll()
    const byId = new Map(stream.getSnapshot().events.map((e) => [e.id, e]))
    expect(byId.get('a')?.status).toBe('known')
    expect(byId.get('u')?.status).toBe('unknown')
    expect(byId.get('x')?.status).toBe('invalid')
    expect(byId.get('x')?.reason).toContain('created_at is missing')
  })

  it('replaces its events when the proxy answers with reset', async () => {
    const proxy = scriptedProxy([
      { events: [raw('a', 1), raw('b', 2)], cursor: 'old.2' },
      { events: [raw('b', 2), raw('z', 9)], cursor: 'new.2', reset: true },
      { events: [], cursor: 'new.2' },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    await stream.poll()
    expect(await stream.poll()).toMatchObject({ reset: true, added: 2 })
    expect(ids(stream)).toEqual(['z', 'b'])
    await stream.poll()
    expect(proxy.asked).toEqual([undefined, 'old.2', 'new.2'])
  })

  it('notifies subscribers only when the events changed, with a stable snapshot between', async () => {
    const proxy = scriptedProxy([
      { events: [], cursor: 'e.0' },
      { events: [], cursor: 'e.0' },
      { events: [raw('a', 1)], cursor: 'e.1' },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    let calls = 0
    stream.subscribe(() => calls++)
    await stream.poll() // the first page counts even when empty: "loaded"
    const snapshot = stream.getSnapshot()
    await stream.poll()
    expect(calls).toBe(1)
    expect(stream.getSnapshot()).toBe(snapshot)
    await stream.poll()
    expect(calls).toBe(2)
    expect(stream.getSnapshot().version).toBeGreaterThan(snapshot.version)
  })

  it('keeps its cursor and events when a poll fails, and recovers on the next', async () => {
    const proxy = scriptedProxy([
      { events: [raw('a', 1)], cursor: 'e.1' },
      new ProxyUnreachableError('/api/event_log'),
      { events: [raw('b', 2)], cursor: 'e.2' },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    await stream.poll()
    await expect(stream.poll()).rejects.toBeInstanceOf(ProxyUnreachableError)
    expect(ids(stream)).toEqual(['a'])
    await stream.poll()
    expect(proxy.asked).toEqual([undefined, 'e.1', 'e.1'])
    expect(ids(stream)).toEqual(['b', 'a'])
  })

  it('shares one request between overlapping polls', async () => {
    const proxy = scriptedProxy([
      { events: [raw('a', 1)], cursor: 'e.1' },
      { events: [], cursor: 'e.1' },
    ])
    const stream = createEventStream({ fetchPage: proxy.fetchPage, now: () => T0 })
    const [first, second] = await Promise.all([stream.poll(), stream.poll()])
    expect(first).toBe(second)
    expect(proxy.asked).toEqual([undefined])
    await stream.poll()
    expect(proxy.asked).toEqual([undefined, 'e.1'])
  })

  it('applies the client retention to what the proxy sends', async () => {
    const proxy = scriptedProxy([{ events: [raw('old', -3 * 60), raw('new', 0)], cursor: 'e.2' }])
    const stream = createEventStream({
      fetchPage: proxy.fetchPage,
      now: () => T0,
      limits: { retentionMs: 60 * 60_000, maxEvents: 10 },
    })
    await stream.poll()
    expect(ids(stream)).toEqual(['new'])
  })
})
