// The change feed: every published message numbered in order, recent ones kept (bounded) for resume.
import { formatMessageId, parseMessageId } from './message-id'
import { sseFrame } from './sse-frame'

/** The stream's own messages: never published through the feed. */
export const RESERVED_KINDS = ['reset', 'heartbeat'] as const
export type ReservedKind = (typeof RESERVED_KINDS)[number]

export interface FeedMessage {
  readonly seq: number
  readonly id: string
  readonly kind: string
  /** The SSE frame, serialized once for every client. */
  readonly frame: string
  readonly bytes: number
}

/** Why a client must refetch instead of resuming; sent as the `reset` message's `reason`. */
export type ResetReason =
  | 'no_last_event_id'
  | 'malformed_id'
  | 'other_process'
  | 'too_old'
  | 'unknown_id'
  | 'client_too_slow'

/** What a client following the feed gets first. */
export type FeedStart =
  { type: 'resume'; missed: readonly FeedMessage[] } | { type: 'reset'; reason: ResetReason }

export interface FeedLimits {
  /** At most this many recent messages are kept for clients that reconnect. */
  maxMessages: number
  /** …and at most this many bytes of them. */
  maxBytes: number
  /** A larger message is refused (publish answers null): split it. At most maxBytes. */
  maxMessageBytes: number
}

export interface ChangeFeedOptions extends FeedLimits {
  /** This process's stream (see streamOrigin). */
  origin: string
  /** Text that must never leave the server (the API key): a message containing it is refused. */
  isWithheld?: (text: string) => boolean
  logger?: { warn(message: string): void; error(message: string): void }
}

export type FeedListener = (message: FeedMessage) => void

export interface FeedFollower {
  start: FeedStart
  /** Stops the listener; safe to call more than once. */
  stop(): void
}

/** The kinds a feed of `Messages` accepts: any name but the stream's own. */
export type PublishableKind<Messages> = Exclude<keyof Messages & string, ReservedKind>

export class ChangeFeed<Messages extends Record<string, unknown>> {
  readonly #options: ChangeFeedOptions
  readonly #listeners = new Set<FeedListener>()
  /** Consecutive by seq, oldest first. */
  readonly #kept: FeedMessage[] = []
  #keptBytes = 0
  #seq = 0

  constructor(options: ChangeFeedOptions) {
    if (options.maxMessageBytes > options.maxBytes) {
      throw new Error(
        'maxMessageBytes must not exceed maxBytes: the newest message is always kept.',
      )
    }
    this.#options = options
  }

  get origin(): string {
    return this.#options.origin
  }

  /** The id of the newest message (`<origin>-0` before the first): where a reset puts a client. */
  get position(): string {
    return formatMessageId(this.#options.origin, this.#seq)
  }

  get listenerCount(): number {
    return this.#listeners.size
  }

  /** How many messages, and bytes of them, are kept for resume. */
  get kept(): { messages: number; bytes: number } {
    return { messages: this.#kept.length, bytes: this.#keptBytes }
  }

  /**
   * Numbers, keeps and hands the message to every listener, in order. Never throws (publishers
   * run inside pollers): a message that cannot be sent is logged and answered with null.
   */
  publish<K extends PublishableKind<Messages>>(kind: K, data: Messages[K]): FeedMessage | null {
    if ((RESERVED_KINDS as readonly string[]).includes(kind)) {
      this.#options.logger?.error(`The stream refused a message of the reserved kind "${kind}".`)
      return null
    }
    const json = JSON.stringify(data) as string | undefined
    if (json === undefined) {
      this.#options.logger?.error(`The stream refused a "${kind}" message that is not JSON.`)
      return null
    }
    if (this.#options.isWithheld?.(json) === true) {
      this.#options.logger?.error(`Blocked a "${kind}" stream message that contained the API key.`)
      return null
    }
    const seq = this.#seq + 1
    const id = formatMessageId(this.#options.origin, seq)
    const frame = sseFrame({ id, event: kind, data: json })
    const bytes = Buffer.byteLength(frame)
    if (bytes > this.#options.maxMessageBytes) {
      this.#options.logger?.warn(
        `The stream refused a "${kind}" message of ${bytes} bytes (at most ${this.#options.maxMessageBytes}); the publisher should split it.`,
      )
      return null
    }
    this.#seq = seq
    const message: FeedMessage = { seq, id, kind, frame, bytes }
    this.#keep(message)
    for (const listener of this.#listeners) {
      try {
        listener(message)
      } catch (error) {
        this.#options.logger?.error(`A stream listener failed: ${String(error)}`)
      }
    }
    return message
  }

  /**
   * Where a client resumes and the listener for what follows, in one step: nothing published in
   * between can be missed or seen twice. `lastEventId` is the client's Last-Event-ID, if any.
   */
  follow(lastEventId: string | null | undefined, listener: FeedListener): FeedFollower {
    const start = this.#startAfter(lastEventId)
    this.#listeners.add(listener)
    return { start, stop: () => void this.#listeners.delete(listener) }
  }

  #startAfter(lastEventId: string | null | undefined): FeedStart {
    if (lastEventId === null || lastEventId === undefined || lastEventId === '') {
      return { type: 'reset', reason: 'no_last_event_id' }
    }
    const parsed = parseMessageId(lastEventId)
    if (parsed === null) return { type: 'reset', reason: 'malformed_id' }
    if (parsed.origin !== this.#options.origin) return { type: 'reset', reason: 'other_process' }
    if (parsed.seq > this.#seq) return { type: 'reset', reason: 'unknown_id' }
    // Every message after `floor` is kept (the buffer is consecutive).
    const floor = (this.#kept[0]?.seq ?? this.#seq + 1) - 1
    if (parsed.seq < floor) return { type: 'reset', reason: 'too_old' }
    return { type: 'resume', missed: this.#kept.slice(parsed.seq - floor) }
  }

  #keep(message: FeedMessage): void {
    this.#kept.push(message)
    this.#keptBytes += message.bytes
    const { maxMessages, maxBytes } = this.#options
    while (this.#kept.length > maxMessages || this.#keptBytes > maxBytes) {
      const oldest = this.#kept.shift()
      if (oldest === undefined) break
      this.#keptBytes -= oldest.bytes
    }
  }
}
