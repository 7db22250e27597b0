import net from 'node:net'
import { SeamHttp } from '@seamapi/http/connect'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { KNOWN_EVENT_TYPES } from '../../src/domain/events/event-types'
import { TEST_NOW } from './embedded-test-support'
import { startEmbeddedSeam, type EmbeddedSeam } from './start-embedded-seam'

const MEDIA_BASE_URL = 'http://127.0.0.1:8787'

/** Listening sockets of this process, once handles closed just before have been released. */
async function serverHandles(): Promise<number> {
  for (let turn = 0; turn < 3; turn++) await new Promise((resolve) => setImmediate(resolve))
  return process.getActiveResourcesInfo().filter((name) => name === 'TCPServerWrap').length
}

/** Resolves to true when something accepts a TCP connection at host:port. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    socket.once('connect', () => {
      socket.destroy()
      resolve(true)
    })
    socket.once('error', () => resolve(false))
  })
}

let seam: EmbeddedSeam | undefined
afterEach(async () => {
  await seam?.stop()
  seam = undefined
  vi.useRealTimers()
})

describe('startEmbeddedSeam', () => {
  it('serves the portfolio and its history to the Seam SDK', async () => {
    seam = await startEmbeddedSeam({
      simulator: false,
      mediaBaseUrl: MEDIA_BASE_URL,
      now: () => TEST_NOW,
    })
    const client = new SeamHttp({ apiKey: seam.apiKey, endpoint: seam.endpoint })
    const devices = await client.devices.list()
    expect(devices).toHaveLength(40)
    expect(await client.connectedAccounts.list()).toHaveLength(5)
    const events = await client.events.list({
      since: new Date(TEST_NOW - 4 * 86_400_000).toISOString(),
    })
    // The SDK's own list of event types is older than the docs; compare as plain strings.
    const types = new Set<string>(events.map((event) => event.event_type))
    expect(KNOWN_EVENT_TYPES.filter((type) => !types.has(type))).toEqual([])
    const setOnDevice = events.find((event) => event.event_type === 'access_code.set_on_device')
    expect(setOnDevice).toHaveProperty('code')
    expect(seam.simulator).toBeNull()
  })

  it('listens on 127.0.0.1 only', async () => {
    seam = await startEmbeddedSeam({ simulator: false, mediaBaseUrl: MEDIA_BASE_URL })
    const url = new URL(seam.endpoint)
    expect(url.hostname).toBe('127.0.0.1')
    const port = Number(url.port)
    expect(await accepts('127.0.0.1', port)).toBe(true)
    // Bound to every interface, the fake would also answer on IPv6 loopback.
    expect(await accepts('::1', port)).toBe(false)
  })

  it('rejects other API keys', async () => {
    seam = await startEmbeddedSeam({ simulator: false, mediaBaseUrl: MEDIA_BASE_URL })
    const response = await fetch(`${seam.endpoint}/devices/list`, {
      method: 'POST',
      headers: { authorization: 'Bearer seam_apikey1_token', 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(401)
  })

  it('stops its timer and closes its server on stop()', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] })
    const handlesBefore = await serverHandles()
    seam = await startEmbeddedSeam({
      simulator: true,
      mediaBaseUrl: MEDIA_BASE_URL,
      tickIntervalMs: 1_000,
    })
    expect(seam.simulator?.running).toBe(true)
    expect(vi.getTimerCount()).toBe(1)
    expect(await serverHandles()).toBe(handlesBefore + 1)
    const { endpoint } = seam
    // A request leaves a keep-alive connection open; stop() must not wait for it.
    await fetch(`${endpoint}/health`).then((response) => response.text())

    await seam.stop()
    expect(vi.getTimerCount()).toBe(0)
    expect(seam.simulator?.running).toBe(false)
    expect(await serverHandles()).toBe(handlesBefore)
    expect(await accepts('127.0.0.1', Number(new URL(endpoint).port))).toBe(false)
  })
})
