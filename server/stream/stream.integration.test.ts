// GET /api/stream over real HTTP, against the real app in front of the real fake Seam.
import { connect, type Socket } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startTestFake, type TestFake } from '../testing/start-test-fake'
import { startTestProxy, type TestProxy } from '../testing/start-test-proxy'
import { waitFor } from '../testing/wait-for'
import type { StreamSettings } from './doorboard-stream'
import { RESET_FRAME_ALLOWANCE_BYTES } from './control-frames'
import {
  openEventStream,
  type EventStreamClient,
  type ReceivedMessage,
} from './testing/open-event-stream'

const TOKEN = 'correct-horse-battery-staple-42'

let fake: TestFake
let proxy: TestProxy | undefined
let base = ''
const clients: EventStreamClient[] = []

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.close()))
  await proxy?.close()
  proxy = undefined
  await fake.close()
})

async function start(
  options: { environment?: Record<string, string>; stream?: Partial<StreamSettings> } = {},
) {
  proxy = await startTestProxy({
    target: fake.url,
    environment: { POLL_INTERVAL_MS: '500', ...options.environment },
    // Health is compared often so its messages interleave with events, as they would live.
    stream: { healthCheckMs: 100, ...options.stream },
  })
  await proxy.app.listen({ port: 0, host: '127.0.0.1' })
  base = `http://127.0.0.1:${(proxy.app.server.address() as AddressInfo).port}`
  return proxy
}

async function open(options: Parameters<typeof openEventStream>[1] = {}) {
  const client = await openEventStream(`${base}/api/stream`, options)
  clients.push(client)
  return client
}

const ids = (messages: readonly ReceivedMessage[]) => messages.map((message) => message.id)
const withIds = (client: EventStreamClient) =>
  client.messages.filter((message) => message.event !== 'heartbeat')
const parse = <T>(message: ReceivedMessage) => JSON.parse(message.data) as T

/** Adds an event to the fake and lets the proxy poll it: one `event` message. */
async function storeOneEvent(createdAt = new Date().toISOString()) {
  fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1', created_at: createdAt })
  await proxy!.poller.pollOnce()
}

describe('GET /api/stream', () => {
  it('sends an event message about a new event in the fake Seam within a poll interval', async () => {
    await start()
    proxy!.poller.start()
    await waitFor(
      () => proxy!.poller.record.lastSuccessAt,
      (at) => at !== null,
      'the first poll',
    )
    const client = await open()

    expect(client.status).toBe(200)
    expect(client.headers.get('content-type')).toMatch(/^text\/event-stream/)
    expect(client.headers.get('cache-control')).toMatch(/\bno-cache\b/)
    expect(client.headers.get('x-accel-buffering')).toBe('no')
    expect(client.headers.get('content-encoding')).toBeNull()
    // Helmet's headers still apply.
    expect(client.headers.get('x-content-type-options')).toBe('nosniff')
    // A new client starts with a reset that tells it where the stream is.
    const first = await client.waitForMessage(() => true, 'the first message')
    expect(first.event).toBe('reset')
    expect(first.id).toBe(proxy!.stream.feed.position)
    expect(parse<{ reason: string }>(first).reason).toBe('no_last_event_id')

    const createdAt = new Date(Date.now() - 1_000).toISOString()
    fake.addEvent({
      event_type: 'lock.unlocked',
      device_id: 'august_device_1',
      created_at: createdAt,
    })
    // The poller runs every 500 ms: a message well within a few intervals, never by luck.
    const message = await client.waitForMessage(
      (received) => received.event === 'event',
      'an event message',
      3_000,
    )
    const data = parse<{ count: number; newest_created_at: string; stored_at: string }>(message)
    expect(data.count).toBe(1)
    expect(data.newest_created_at).toBe(createdAt)
    expect(Date.parse(data.stored_at)).toBeGreaterThanOrEqual(Date.parse(createdAt))
    expect(message.id).toMatch(
      new RegExp(`^${proxy!.stream.feed.origin.replace('.', '\\.')}-\\d+$`),
    )
  })

  it('resumes with Last-Event-ID with exactly the missed messages, in order', async () => {
    await start()
    await proxy!.poller.pollOnce()
    const reference = await open()
    const leaving = await open()
    await storeOneEvent()
    await leaving.waitForMessage((message) => message.event === 'event', 'the first event')
    const leftAt = leaving.lastEventId!
    await leaving.close()

    for (let index = 0; index < 4; index += 1) await storeOneEvent()
    const newest = proxy!.stream.feed.position
    await reference.waitForMessage((message) => message.id === newest, 'the newest message')

    const back = await open({ lastEventId: leftAt })
    await back.waitForMessage((message) => message.id === newest, 'the missed messages')
    const referenceIds = ids(withIds(reference))
    const missed = referenceIds.slice(referenceIds.indexOf(leftAt) + 1)
    expect(missed.length).toBeGreaterThanOrEqual(4)
    expect(ids(withIds(back))).toEqual(missed)
    expect(withIds(back).filter((message) => message.event === 'event')).toHaveLength(4)

    // And it follows live after the replay, nothing twice.
    await storeOneEvent()
    const live = proxy!.stream.feed.position
    await back.waitForMessage((message) => message.id === live, 'the live message')
    const backIds = ids(withIds(back))
    expect(new Set(backIds).size).toBe(backIds.length)
  })

  it('answers a malformed, foreign, unknown or too old id with a reset, then live messages', async () => {
    // No health messages here: the kept three are exactly the last three events.
    await start({ stream: { maxMessages: 3, healthCheckMs: 60_000 } })
    for (let index = 0; index < 6; index += 1) await storeOneEvent()
    const { feed } = proxy!.stream
    const origin = feed.origin
    const cases: [string, string][] = [
      ['not an id', 'malformed_id'],
      [`${origin.split('.')[0]}.0000abcd-2`, 'other_process'],
      [`${origin}-1`, 'too_old'],
      [`${origin}-999999`, 'unknown_id'],
    ]
    const opened = await Promise.all(cases.map(([lastEventId]) => open({ lastEventId })))
    const position = feed.position
    for (const [index, client] of opened.entries()) {
      const first = await client.waitForMessage(() => true, `the reset for ${cases[index]![0]}`)
      expect(first.event).toBe('reset')
      expect(first.id).toBe(position)
      expect(parse<{ reason: string; message: string }>(first).reason).toBe(cases[index]![1])
    }
    await storeOneEvent()
    for (const client of opened) {
      await client.waitForMessage((message) => message.id === feed.position, 'a live message')
      expect(withIds(client).map((message) => message.event)).toEqual(['reset', 'event'])
    }
    // The oldest id still kept resumes instead, with the three kept messages.
    const newest = Number(feed.position.split('-').pop())
    const resumed = await open({ lastEventId: `${origin}-${newest - 3}` })
    await resumed.waitForMessage((message) => message.id === feed.position, 'the kept messages')
    expect(ids(withIds(resumed))).toEqual([1, 2, 3].map((step) => `${origin}-${newest - 3 + step}`))
  })

  it('sends heartbeats that do not move Last-Event-ID', async () => {
    await start({ stream: { heartbeatMs: 150 } })
    const client = await open()
    await waitFor(
      () => client.messages.filter((message) => message.event === 'heartbeat').length,
      (count) => count >= 2,
      'two heartbeats',
    )
    const heartbeat = client.messages.find((message) => message.event === 'heartbeat')!
    expect(heartbeat.id).toBeNull()
    expect(Date.parse(parse<{ server_time: string }>(heartbeat).server_time)).not.toBeNaN()
    expect(client.lastEventId).toBe(client.messages[0]!.id)
  })

  it('drops a client that stops reading; its backlog stays bounded', async () => {
    const maxBacklogBytes = 64 * 1024
    await start({ stream: { maxBacklogBytes, dropGraceMs: 300, healthCheckMs: 60_000 } })
    const { stream } = proxy!
    const stalled = await openStalledSocket()
    await waitFor(
      () => stream.clients.count,
      (count) => count === 1,
      'the stalled client',
    )

    // Kernel buffers take a few MB before the server's own backlog grows: publish until it drops.
    let published = 0
    while (stream.clients.droppedCount === 0 && published < 400_000) {
      for (let index = 0; index < 500; index += 1) {
        stream.feed.publish('event', {
          count: 1,
          newest_created_at: new Date().toISOString(),
          oldest_created_at: new Date().toISOString(),
          stored_at: new Date().toISOString(),
        })
      }
      published += 500
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(stream.clients.droppedCount).toBe(1)
    expect(stream.clients.peakBacklogBytes).toBeGreaterThan(maxBacklogBytes / 2)
    expect(stream.clients.peakBacklogBytes).toBeLessThanOrEqual(
      maxBacklogBytes + RESET_FRAME_ALLOWANCE_BYTES,
    )
    expect(stream.feed.listenerCount).toBe(0)
    // It never reads: after the grace its socket is destroyed and everything of it is freed.
    await waitFor(
      () => stream.clients.count,
      (count) => count === 0,
      'the cut-off',
    )
    expect(stream.clients.backlogBytes).toBe(0)
    stalled.destroy()

    // Others are unaffected.
    const healthy = await open()
    await storeOneEvent()
    await healthy.waitForMessage((message) => message.event === 'event', 'a live event')
  })

  it('serves 50 clients with no extra upstream calls', async () => {
    await start()
    await proxy!.poller.pollOnce()
    const upstreamCallsOf = async (poll: () => Promise<void>) => {
      const before = proxy!.layer.calls.length
      const pollerBefore = proxy!.poller.counters.upstreamEventCalls
      await poll()
      const calls = proxy!.layer.calls.slice(before).map((call) => call.path)
      // Every upstream call is the poller's own.
      expect(calls.length).toBe(proxy!.poller.counters.upstreamEventCalls - pollerBefore)
      return calls
    }
    const alone = await upstreamCallsOf(() => storeOneEvent())

    const opened = await Promise.all(Array.from({ length: 50 }, () => open()))
    const withFifty = await upstreamCallsOf(async () => {
      await storeOneEvent()
      const position = proxy!.stream.feed.position
      for (const client of opened) {
        await client.waitForMessage((message) => message.id === position, 'the event')
      }
    })
    expect(proxy!.stream.clients.count).toBe(50)
    expect(withFifty).toEqual(alone)
    expect(withFifty.every((path) => path === '/events/list')).toBe(true)
  })

  it('frees everything when clients close', async () => {
    await start({ stream: { heartbeatMs: 100 } })
    const { stream } = proxy!
    const opened = await Promise.all(Array.from({ length: 10 }, () => open()))
    expect(stream.clients.count).toBe(10)
    expect(stream.feed.listenerCount).toBe(10)
    expect(stream.clients.heartbeatRunning).toBe(true)
    await Promise.all(opened.map((client) => client.close()))
    await waitFor(
      () => stream.clients.count,
      (count) => count === 0,
      'every client gone',
    )
    expect(stream.feed.listenerCount).toBe(0)
    expect(stream.clients.heartbeatRunning).toBe(false)
  })

  it('ends open streams at once when the server closes', async () => {
    await start()
    const reading = await open()
    const stalled = await openStalledSocket()
    await waitFor(
      () => proxy!.stream.clients.count,
      (count) => count === 2,
      'both clients',
    )
    const closing = proxy!.close()
    proxy = undefined
    const outcome = await Promise.race([
      closing.then(() => 'closed'),
      new Promise((resolve) => setTimeout(() => resolve('still open after 5 s'), 5_000)),
    ])
    expect(outcome).toBe('closed')
    await reading.ended
    stalled.destroy()
  })

  it('counts one rate-limit hit per stream, not per message', async () => {
    await start({ environment: { API_RATE_LIMIT: '10' } })
    // Relayed requests are rate limited (local ones are not).
    const relayed = { 'x-forwarded-for': '203.0.113.9' }
    const client = await open({ headers: relayed })
    expect(client.status).toBe(200)
    for (let index = 0; index < 5; index += 1) await storeOneEvent()
    await client.waitForMessage(
      (message) => message.id === proxy!.stream.feed.position,
      'five events',
    )
    const statuses: number[] = []
    for (let index = 0; index < 10; index += 1) {
      statuses.push((await fetch(`${base}/api/health`, { headers: relayed })).status)
    }
    // The stream was the first of ten requests allowed a minute, however many messages it carried.
    expect(statuses).toEqual([...Array.from({ length: 9 }, () => 200), 429])
  })

  it('needs the dashboard token like every other /api route', async () => {
    await start({ environment: { DASHBOARD_TOKEN: TOKEN } })
    const refused = await fetch(`${base}/api/stream`, { headers: { accept: 'text/event-stream' } })
    expect(refused.status).toBe(401)
    expect(((await refused.json()) as { error: string }).error).toBe('unauthorized')
    const client = await open({ headers: { authorization: `Bearer ${TOKEN}` } })
    expect(client.status).toBe(200)
    await client.waitForMessage((message) => message.event === 'reset', 'the reset')
  })

  it('never sends a message that contains the API key', async () => {
    await start()
    const client = await open()
    await storeOneEvent()
    const before = proxy!.stream.feed.position
    const leaked = proxy!.stream.feed.publish('event', {
      count: 1,
      newest_created_at: 'seam_apikey1_token',
      oldest_created_at: null,
      stored_at: new Date().toISOString(),
    })
    expect(leaked).toBeNull()
    expect(proxy!.stream.feed.position).toBe(before)
    await storeOneEvent()
    await client.waitForMessage((message) => message.id === proxy!.stream.feed.position, 'next')
    expect(client.messages.some((message) => message.data.includes('seam_apikey1'))).toBe(false)
  })
})

/** A client that sends its request and then never reads a byte. */
async function openStalledSocket(): Promise<Socket> {
  const url = new URL(base)
  const socket = connect({ host: url.hostname, port: Number(url.port) })
  await new Promise<void>((resolve) => socket.once('connect', resolve))
  socket.on('error', () => {})
  socket.write(`GET /api/stream HTTP/1.1\r\nHost: ${url.host}\r\nAccept: text/event-stream\r\n\r\n`)
  socket.pause()
  return socket
}
