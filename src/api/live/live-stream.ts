// The tab's one /api/stream: patches the read models' query cache and says whether it is live.
import type { QueryClient } from '@tanstack/react-query'
import { healthSchema } from '../get-health'
import { ALERTS_QUERY_KEY } from './alerts-read-model'
import {
  FLEET_QUERY_KEY,
  fleetChangeSchema,
  followFleet,
  MAX_PENDING_CHANGES,
  type FleetChange,
  type FleetReadModel,
} from './fleet-read-model'

const FLEET_QUERY_HASH = JSON.stringify(FLEET_QUERY_KEY)

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
  /** Fleet changes ahead of the cached model (see followFleet). */
  #pendingFleet: readonly FleetChange[] = []
  #following = false
  #unwatchCache: (() => void) | undefined

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
    // A fetched fleet model may be older than changes that came meanwhile: apply them on top.
    this.#unwatchCache = this.#options.queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryHash === FLEET_QUERY_HASH)
        this.#followFleet()
    })
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
    this.#unwatchCache?.()
    this.#unwatchCache = undefined
    this.#source?.close()
    this.#source = undefined
    clearInterval(this.#watch)
    clearTimeout(this.#retry)
  }

  #receive(kind: (typeof KINDS)[number], data: string): void {
    const { queryClient } = this.#options
    this.#set({ mode: 'live', lastMessageAt: this.#options.now(), problem: null })
    if (kind === 'reset') {
      // What was fetched before this stream opened may have missed changes: fetch it again.
      // What was fetched since is newer than the stream's position (no second fetch on load).
      const openedAt = this.#openedAt
      // A fetch under way answers from after it began; the fleet's versions catch what it missed.
      const stale = (query: { state: { dataUpdatedAt: number; fetchStatus: string } }) =>
        query.state.fetchStatus !== 'fetching' && query.state.dataUpdatedAt < openedAt
      void queryClient.invalidateQueries({ queryKey: ['live'], predicate: stale })
      void queryClient.invalidateQueries({ queryKey: ['health'], predicate: stale })
      return
    }
    if (kind === 'fleet') {
      const change = fleetChangeSchema.safeParse(parseJson(data))
      if (change.success) this.#pendingFleet = [...this.#pendingFleet, change.data]
      else void queryClient.invalidateQueries({ queryKey: FLEET_QUERY_KEY })
      this.#followFleet()
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

  /** Applies what follows the cached fleet; fetches it again (once at a time) when it cannot. */
  #followFleet(): void {
    if (this.#following) return
    const { queryClient } = this.#options
    const model = queryClient.getQueryData<FleetReadModel>(FLEET_QUERY_KEY)
    if (model === undefined) {
      // Its first answer is on the way: keep the changes, it may be older than they are. With
      // no view asking for the fleet at all, there is nothing to catch up with later.
      const asked = queryClient.getQueryCache().find({ queryKey: FLEET_QUERY_KEY }) !== undefined
      this.#pendingFleet = asked ? this.#pendingFleet.slice(-MAX_PENDING_CHANGES) : []
      return
    }
    this.#following = true
    try {
      const follow = followFleet(model, this.#pendingFleet)
      this.#pendingFleet = follow.pending
      if (follow.model !== model) queryClient.setQueryData(FLEET_QUERY_KEY, follow.model)
      if (follow.refetch && queryClient.isFetching({ queryKey: FLEET_QUERY_KEY }) === 0) {
        void queryClient.refetchQueries({ queryKey: FLEET_QUERY_KEY }, { cancelRefetch: false })
      }
    } finally {
      this.#following = false
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
