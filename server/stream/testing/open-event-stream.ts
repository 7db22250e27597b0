// Test support: a real SSE client over HTTP (Node's fetch, i.e. undici) that records every message.
import { waitFor } from '../../testing/wait-for'

export interface ReceivedMessage {
  /** null when the message had no id field (heartbeats). */
  id: string | null
  event: string
  data: string
}

export interface OpenStreamOptions {
  lastEventId?: string
  headers?: Record<string, string>
}

export interface EventStreamClient {
  status: number
  headers: Headers
  /** Every message so far, in order of arrival. */
  messages: ReceivedMessage[]
  /** Comment lines (`: …`), should the server send any. */
  comments: string[]
  /** The id a browser's EventSource would send as Last-Event-ID on reconnecting. */
  lastEventId: string | null
  /** Resolves when the server ends the stream (or close() does). */
  ended: Promise<void>
  /** Waits for a message matching `accept`, looking at all received so far. */
  waitForMessage(
    accept: (message: ReceivedMessage) => boolean,
    what: string,
    timeoutMs?: number,
  ): Promise<ReceivedMessage>
  close(): Promise<void>
}

/** Parses the event stream format: lines, `field: value`, a blank line dispatches. */
class SseParser {
  #rest = ''
  #id: string | null = null
  #event = ''
  #data: string[] = []
  #sawId = false

  constructor(
    private readonly onMessage: (message: ReceivedMessage) => void,
    private readonly onComment: (text: string) => void,
  ) {}

  push(text: string): void {
    const lines = (this.#rest + text).split(/\r\n|\r|\n/)
    this.#rest = lines.pop() ?? ''
    for (const line of lines) this.#line(line)
  }

  #line(line: string): void {
    if (line === '') {
      if (this.#data.length > 0 || this.#event !== '') {
        this.onMessage({
          id: this.#sawId ? this.#id : null,
          event: this.#event === '' ? 'message' : this.#event,
          data: this.#data.join('\n'),
        })
      }
      this.#event = ''
      this.#data = []
      this.#sawId = false
      return
    }
    if (line.startsWith(':')) {
      this.onComment(line.slice(1).trim())
      return
    }
    const colon = line.indexOf(':')
    const field = colon === -1 ? line : line.slice(0, colon)
    let value = colon === -1 ? '' : line.slice(colon + 1)
    if (value.startsWith(' ')) value = value.slice(1)
    if (field === 'id') {
      this.#id = value
      this.#sawId = true
    } else if (field === 'event') {
      this.#event = value
    } else if (field === 'data') {
      this.#data.push(value)
    }
  }
}

export async function openEventStream(
  url: string,
  options: OpenStreamOptions = {},
): Promise<EventStreamClient> {
  const abort = new AbortController()
  const response = await fetch(url, {
    headers: {
      accept: 'text/event-stream',
      ...(options.lastEventId === undefined ? {} : { 'last-event-id': options.lastEventId }),
      ...options.headers,
    },
    signal: abort.signal,
  })
  const client: EventStreamClient = {
    status: response.status,
    headers: response.headers,
    messages: [],
    comments: [],
    lastEventId: options.lastEventId ?? null,
    ended: Promise.resolve(),
    waitForMessage: async (accept, what, timeoutMs) => {
      const found = await waitFor(
        () => client.messages.find(accept),
        (message) => message !== undefined,
        what,
        timeoutMs,
      )
      return found as ReceivedMessage
    },
    close: async () => {
      abort.abort()
      await client.ended
    },
  }
  const parser = new SseParser(
    (message) => {
      client.messages.push(message)
      if (message.id !== null) client.lastEventId = message.id
    },
    (text) => client.comments.push(text),
  )
  const body = response.body
  client.ended = (async () => {
    if (body === null) return
    const decoder = new TextDecoder()
    try {
      for await (const chunk of body as AsyncIterable<Uint8Array>) parser.push(decoder.decode(chunk, { stream: true }))
    } catch {
      // Aborted by close(), or the server cut the connection: either way the stream is over.
    }
  })()
  return client
}
