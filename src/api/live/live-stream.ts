// The tab's one /api/stream: patches the read models' query cache and says whether it is live.
import type { QueryClient } from '@tanstack/react-query'
import { healthSchema } from '../get-health'
import { ALERTS_QUERY_KEY } from './alerts-read-model'
import {
  applyFleetChange,
  FLEET_QUERY_KEY,
  fleetChangeSchema,
  type FleetReadModel,
} from './fleet-read-model'

/** What a view shows about the stream: live, or polling (and why). */
export interface LiveState {
  readonly mode: 'connecting' | 'live' | 'polling'
  /** This browser's clock at the last message or heartbeat; undefined before the first. */
  readonly lastMessageAt: number | undefined
  /** Why the tab polls instead, in words; null while live. */
  readonly problem: string | null
}

/** The part of the browser's EventSource this uses (tests pass a scripted one). */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void
  onopen: ((event: Event) => void) | null
  onerror: ((event: Event) => void) | null
  readonly readyState: number
  close(): void
}

export interface LiveStreamOptions {
  queryClient: QueryClient
  open?: (url: string) => EventSourceLike
  now?: () => number
  /** Quiet this long (heartbeats come every 15 s) means a proxy holds the stream back: poll. */
  silenceMs?: number
  /** While polling, try the stream again this often. */
  retryMs?: number
}

/** The fallback's interval for the read models while the stream is not live. */
export const FALLBACK_POLL_MS = 5_000

const CLOSED = 2
const KINDS = ['reset', 'fleet', 'alert', 'alert_state', 'health', 'event', 'heartbeat'] as const

export class LiveStream {
  readonly #options: Required<LiveStreamOptions>
  readonly #listeners = new Set<() => void>()
  #state: LiveState = { mode: 'connecting', lastMessageAt: undefined, problem: null }
  #source: EventSourceLike | undefined
  #watch: ReturnType<typeof setInterval> | undefined
  #retry: ReturnType<typeof setTimeout> | undefined
  #openedAt = 0

  constructor(options: LiveStreamOptions) {
    this.#options = {
      open: (url) => new EventSource(url),
      now: () => Date.now(),
      silenceMs: 40_000,
      retryMs: 60_000,
      ...options,
    }
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  readonly getState = (): LiveState => this.#state

  start(): void {
    this.stop()
    const source = this.#options.open('/api/stream')
    this.#source = source
    this.#openedAt = this.#options.now()
    for (const kind of KINDS) {
      source.addEventListener(kind, (event) => this.#receive(kind, event.data))
    }
    source.onerror = () => {
      // EventSource reconnects by itself (with Last-Event-ID) unless the answer was not a stream.
      if (source.readyState === CLOSED) {
        this.#fallBack('The live stream was refused; the dashboard asks every 5 s instead.')
      } else if (this.#state.mode === 'live') {
        this.#set({ mode: 'connecting', problem: 'The live stream dropped; reconnecting…' })
      }
    }
    this.#watch = setInterval(() => this.#checkSilence(), 5_000)
  }

  stop(): void {
    this.#source?.close()
    this.#source = undefined
    clearInterval(this.#watch)
    clearTimeout(this.#retry)
  }

  #receive(kind: (typeof KINDS)[number], data: string): void {
    const { queryClient } = this.#options
    this.#set({ mode: 'live', lastMessageAt: this.#options.now(), problem: null })
    if (kind === 'reset') {
      // Whatever the cache holds may be behind: fetch the read models again, then follow.
      void queryClient.invalidateQueries({ queryKey: ['live'] })
      void queryClient.invalidateQueries({ queryKey: ['health'] })
      return
    }
    if (kind === 'fleet') {
      const change = fleetChangeSchema.safeParse(parseJson(data))
      const model = queryClient.getQueryData<FleetReadModel>(FLEET_QUERY_KEY)
      if (model === undefined) return
      const next = change.success ? applyFleetChange(model, change.data) : undefined
      if (next === undefined) void queryClient.invalidateQueries({ queryKey: FLEET_QUERY_KEY })
      else queryClient.setQueryData(FLEET_QUERY_KEY, next)
      return
    }
    if (kind === 'alert' || kind === 'alert_state') {
      // The answer joins who handled each alert: fetched again (304 when nothing changed).
      void queryClient.invalidateQueries({ queryKey: ALERTS_QUERY_KEY })
      if (kind === 'alert_state') void queryClient.invalidateQueries({ queryKey: ['alert-state'] })
      return
    }
    if (kind === 'health') {
      const health = healthSchema.safeParse(parseJson(data))
      if (health.success) queryClient.setQueryData(['health'], health.data)
    }
  }

  #checkSilence(): void {
    const heardAt = this.#state.lastMessageAt ?? this.#openedAt
    if (this.#state.mode !== 'polling' && this.#options.now() - heardAt > this.#options.silenceMs) {
      this.#fallBack(
        'The live stream is held back on the way (a proxy buffering it?); the dashboard asks every 5 s instead.',
      )
    }
  }

  #fallBack(problem: string): void {
    this.stop()
    this.#set({ mode: 'polling', problem })
    this.#retry = setTimeout(() => this.start(), this.#options.retryMs)
  }

  #set(patch: Partial<LiveState>): void {
    const next = { ...this.#state, ...patch }
    if (
      next.mode === this.#state.mode &&
      next.problem === this.#state.problem &&
      next.lastMessageAt === this.#state.lastMessageAt
    ) {
      return
    }
    this.#state = next
    for (const listener of this.#listeners) listener()
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}
