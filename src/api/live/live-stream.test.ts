import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FLEET_QUERY_KEY, fleetSchema } from './fleet-read-model'
import { LiveStream, type EventSourceLike } from './live-stream'

/** A scripted EventSource: the test sends frames as the server would. */
class ScriptedSource implements EventSourceLike {
  readonly listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>()
  onopen: ((event: Event) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  readyState = 1
  closed = false
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener])
  }
  close() {
    this.closed = true
    this.readyState = 2
  }
  send(type: string, data: unknown) {
    for (const listener of this.listeners.get(type) ?? []) {
      listener({ data: JSON.stringify(data) } as MessageEvent<string>)
    }
  }
}

const T = '2026-12-03T10:00:00.000Z'
const rollup = {
  devices: 1,
  online: 1,
  offline: 0,
  flaky: 0,
  unknown: 0,
  removed: 0,
  open_alerts: { count: 0, severity: null },
}
const row = (state: string) => ({
  device_id: 'a',
  name: 'Front door',
  kind: 'august_lock',
  listed: true,
  connected_account_id: null,
  account_name: null,
  connectivity: { state, reason: null, since: T },
  battery: { level: null, status: null, at: null },
  lock: { state: 'locked', method: null, at: T },
  is_lock: true,
  model: null,
  last_event: null,
  open_alerts: { count: 0, severity: null },
  search_text: 'front door',
})
const fleetChange = (version: number, state: string) => ({
  version,
  refetch: false,
  devices: [row(state)],
  removed_devices: [],
  accounts: [],
  removed_accounts: [],
  totals: null,
})

let sources: ScriptedSource[]
let queryClient: QueryClient
let stream: LiveStream
let clock: number

beforeEach(() => {
  vi.useFakeTimers()
  clock = 0
  sources = []
  queryClient = new QueryClient()
  queryClient.setQueryData(
    FLEET_QUERY_KEY,
    fleetSchema.parse({
      version: 3,
      devices: [row('online')],
      accounts: [],
      totals: { ...rollup, accounts: 0 },
    }),
  )
  stream = new LiveStream({
    queryClient,
    open: () => {
      const source = new ScriptedSource()
      sources.push(source)
      return source
    },
    now: () => clock,
    silenceMs: 40_000,
    retryMs: 60_000,
  })
  stream.start()
})

afterEach(() => {
  stream.stop()
  vi.useRealTimers()
})

const fleetState = () =>
  queryClient.getQueryState(FLEET_QUERY_KEY) as {
    data: { version: number; devices: { connectivity: { state: string } }[] }
    isInvalidated: boolean
  }

describe('LiveStream', () => {
  it('is live from its first message and patches the fleet with the next version', () => {
    expect(stream.getState().mode).toBe('connecting')
    sources[0]!.send('reset', { reason: 'no_last_event_id' })
    expect(stream.getState()).toMatchObject({ mode: 'live', problem: null })
    sources[0]!.send('fleet', fleetChange(4, 'offline'))
    expect(fleetState().data.version).toBe(4)
    expect(fleetState().data.devices[0]!.connectivity.state).toBe('offline')
    expect(fleetState().isInvalidated).toBe(false)
  })

  it('on a reset, fetches again what was fetched before the stream opened, not what came after', () => {
    clock = Date.now() + 60_000
    stream.start()
    queryClient.setQueryData(['live', 'alerts', 'open'], { version: 1 }, { updatedAt: clock + 10 })
    sources[1]!.send('reset', { reason: 'no_last_event_id' })
    expect(fleetState().isInvalidated).toBe(true)
    expect(queryClient.getQueryState(['live', 'alerts', 'open'])?.isInvalidated).toBe(false)
  })

  it('keeps the changes that come while the first fleet answer is on its way', () => {
    queryClient.removeQueries({ queryKey: FLEET_QUERY_KEY })
    // A view asks for the fleet: its query exists, without data yet.
    queryClient.getQueryCache().build(queryClient, { queryKey: FLEET_QUERY_KEY })
    sources[0]!.send('fleet', fleetChange(4, 'offline'))
    queryClient.setQueryData(
      FLEET_QUERY_KEY,
      fleetSchema.parse({
        version: 3,
        devices: [row('online')],
        accounts: [],
        totals: { ...rollup, accounts: 0 },
      }),
    )
    expect(fleetState().data.version).toBe(4)
    expect(fleetState().data.devices[0]!.connectivity.state).toBe('offline')
  })

  it('keeps a change that runs ahead of the model and applies it once the model catches up', () => {
    sources[0]!.send('fleet', fleetChange(5, 'offline'))
    expect(fleetState().data.version).toBe(3)
    // The refetch answers with version 4 (older than the change that came meanwhile).
    queryClient.setQueryData(
      FLEET_QUERY_KEY,
      fleetSchema.parse({
        version: 4,
        devices: [row('online')],
        accounts: [],
        totals: { ...rollup, accounts: 0 },
      }),
    )
    expect(fleetState().data.version).toBe(5)
    expect(fleetState().data.devices[0]!.connectivity.state).toBe('offline')
    // A change the model already holds is ignored.
    sources[0]!.send('fleet', fleetChange(4, 'online'))
    expect(fleetState().data.devices[0]!.connectivity.state).toBe('offline')
  })

  it('falls back to polling when nothing arrives for the silence bound, and tries again later', () => {
    sources[0]!.send('heartbeat', { server_time: T })
    clock = 41_000
    vi.advanceTimersByTime(5_000)
    expect(stream.getState().mode).toBe('polling')
    expect(stream.getState().problem).toMatch(/held back/)
    expect(sources[0]!.closed).toBe(true)
    clock = 101_000
    vi.advanceTimersByTime(60_000)
    expect(sources).toHaveLength(2)
    sources[1]!.send('reset', { reason: 'no_last_event_id' })
    expect(stream.getState().mode).toBe('live')
  })

  it('polls when the server refuses the stream outright (not an event stream)', () => {
    sources[0]!.readyState = 2
    sources[0]!.onerror?.(new Event('error'))
    expect(stream.getState()).toMatchObject({ mode: 'polling' })
    expect(stream.getState().problem).toMatch(/refused/)
  })
})
