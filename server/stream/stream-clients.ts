// The open streams: each write bounded by its socket's backlog, one heartbeat timer, drop, shutdown.
import type { ServerResponse } from 'node:http'
import type { FeedFollower, FeedListener, FeedMessage, ResetReason } from './change-feed'
import { heartbeatFrame, RESET_FRAME_ALLOWANCE_BYTES, resetFrame } from './control-frames'

/** What the clients need of a change feed, whatever its messages. */
export interface FollowableFeed {
  readonly position: string
  follow(lastEventId: string | null | undefined, listener: FeedListener): FeedFollower
}

export interface StreamClientLimits {
  /** A heartbeat goes to every client this often. */
  heartbeatMs: number
  /**
   * A client whose unsent bytes (Node's buffer and its socket's) would pass this is dropped: it
   * gets a `reset`, its response is ended and nothing more is written for it.
   */
  maxBacklogBytes: number
  /** A dropped client that still does not read is cut off (socket destroyed) after this. */
  dropGraceMs: number
}

export interface StreamClientsOptions extends StreamClientLimits {
  feed: FollowableFeed
  now: () => number
}

/** An ended stream that has not flushed by then is cut off, so shutdown never waits on a client. */
const SHUTDOWN_GRACE_MS = 1_000

type ClientState = 'open' | 'dropped' | 'ending'

interface OpenClient {
  response: ServerResponse
  state: ClientState
  follower: FeedFollower | undefined
  cutOff: NodeJS.Timeout | undefined
}

export class StreamClients {
  readonly #options: StreamClientsOptions
  readonly #clients = new Set<OpenClient>()
  #heartbeat: NodeJS.Timeout | undefined
  #peakBacklogBytes = 0
  #droppedCount = 0

  constructor(options: StreamClientsOptions) {
    this.#options = options
  }

  get count(): number {
    return this.#clients.size
  }

  /** The most unsent bytes any client has had: held to maxBacklogBytes plus one reset. */
  get peakBacklogBytes(): number {
    return this.#peakBacklogBytes
  }

  /** Unsent bytes of all open clients now. */
  get backlogBytes(): number {
    let total = 0
    for (const client of this.#clients) total += client.response.writableLength
    return total
  }

  get droppedCount(): number {
    return this.#droppedCount
  }

  get heartbeatRunning(): boolean {
    return this.#heartbeat !== undefined
  }

  /**
   * Follows the feed for one response whose SSE headers are sent: first the missed messages or a
   * reset, then every new message, until the response closes (tab closed, dropped or shutdown).
   */
  open(response: ServerResponse, lastEventId: string | null | undefined): void {
    // Gone before the handler ran: its 'close' has passed, so it must not be kept.
    if (response.destroyed || response.socket === null || response.socket.destroyed) return
    const client: OpenClient = { response, state: 'open', follower: undefined, cutOff: undefined }
    this.#clients.add(client)
    response.once('close', () => this.#forget(client))
    const follower = this.#options.feed.follow(lastEventId, (message: FeedMessage) =>
      this.#send(client, message.frame, message.bytes),
    )
    client.follower = follower
    if (follower.start.type === 'reset') {
      this.#sendReset(client, follower.start.reason)
    } else {
      for (const message of follower.start.missed) this.#send(client, message.frame, message.bytes)
    }
    this.#heartbeat ??= setInterval(() => this.#beat(), this.#options.heartbeatMs).unref()
  }

  /** Server shutdown: ends every stream now; one that cannot flush at once is cut off soon after. */
  closeAll(): void {
    for (const client of this.#clients) {
      if (client.state === 'ending') continue
      if (client.state === 'dropped') {
        client.response.destroy()
        continue
      }
      this.#stopFollowing(client, 'ending')
      const { response } = client
      // The connection must close too, or the server would wait on it as a kept-alive socket.
      response.end(() => response.socket?.destroy())
      clearTimeout(client.cutOff)
      client.cutOff = setTimeout(() => response.destroy(), SHUTDOWN_GRACE_MS).unref()
    }
  }

  #send(client: OpenClient, frame: string, bytes: number): void {
    if (client.state !== 'open') return
    const { response } = client
    if (response.writableLength + bytes > this.#options.maxBacklogBytes) {
      this.#drop(client)
      return
    }
    response.write(frame)
    this.#notePeak(response)
  }

  #sendReset(client: OpenClient, reason: ResetReason): void {
    const frame = resetFrame(this.#options.feed.position, reason)
    this.#send(client, frame, Buffer.byteLength(frame))
  }

  /**
   * Too far behind: one reset (small, allowed past the bound) so a client that is only slow
   * refetches once it has read its backlog, then the end. Nothing more is queued for it.
   */
  #drop(client: OpenClient): void {
    this.#droppedCount += 1
    this.#stopFollowing(client, 'dropped')
    const { response } = client
    const frame = resetFrame(this.#options.feed.position, 'client_too_slow')
    if (Buffer.byteLength(frame) <= RESET_FRAME_ALLOWANCE_BYTES) response.write(frame)
    this.#notePeak(response)
    response.end()
    client.cutOff = setTimeout(() => response.destroy(), this.#options.dropGraceMs).unref()
  }

  #beat(): void {
    const frame = heartbeatFrame(this.#options.now())
    const bytes = Buffer.byteLength(frame)
    for (const client of this.#clients) this.#send(client, frame, bytes)
  }

  #stopFollowing(client: OpenClient, state: ClientState): void {
    client.state = state
    client.follower?.stop()
  }

  #forget(client: OpenClient): void {
    this.#stopFollowing(client, 'ending')
    clearTimeout(client.cutOff)
    // A client that left may only have half-closed: free its socket now, not when it times out.
    if (!client.response.writableEnded) client.response.destroy()
    this.#clients.delete(client)
    if (this.#clients.size === 0) {
      clearInterval(this.#heartbeat)
      this.#heartbeat = undefined
    }
  }

  #notePeak(response: ServerResponse): void {
    this.#peakBacklogBytes = Math.max(this.#peakBacklogBytes, response.writableLength)
  }
}
