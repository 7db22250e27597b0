// One server-sent event as the bytes on the wire (https://html.spec.whatwg.org/#server-sent-events).

export interface SseFrameFields {
  /** Omitted on heartbeats, so they never move the client's Last-Event-ID. */
  id?: string
  event: string
  /** JSON text: one line, since JSON.stringify escapes every newline inside strings. */
  data: string
}

export function sseFrame(fields: SseFrameFields): string {
  const id = fields.id === undefined ? '' : `id: ${fields.id}\n`
  return `${id}event: ${fields.event}\ndata: ${fields.data}\n\n`
}
