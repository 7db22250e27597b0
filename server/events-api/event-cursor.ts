// The explorer's page cursor: where a page ended, opaque to browsers (base64url of JSON).

/** The last event of a page in the explorer's order: its order time (ms) and its event_id. */
export interface EventPagePosition {
  readonly sortAt: number
  readonly eventId: string
}

/** Longer ids than this are not Seam's; it also bounds what a cursor can make the server parse. */
const MAX_EVENT_ID = 200

export function encodeCursor(position: EventPagePosition): string {
  return Buffer.from(JSON.stringify([position.sortAt, position.eventId])).toString('base64url')
}

/** The position a cursor names; undefined when it is not one this server made. */
export function decodeCursor(cursor: string): EventPagePosition | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(cursor)) return undefined
  let value: unknown
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    return undefined
  }
  if (!Array.isArray(value) || value.length !== 2) return undefined
  const [sortAt, eventId] = value as [unknown, unknown]
  if (typeof sortAt !== 'number' || !Number.isSafeInteger(sortAt)) return undefined
  if (typeof eventId !== 'string' || eventId === '' || eventId.length > MAX_EVENT_ID)
    return undefined
  return { sortAt, eventId }
}
