// Stream message ids: `<origin>-<seq>`, totally ordered within one process, foreign to any other.

/** Letters and digits only, so the last `-` of an id always separates origin from sequence. */
const ORIGIN_PATTERN = /^[0-9a-z]+(?:\.[0-9a-z]+)*$/
const SEQ_PATTERN = /^(?:0|[1-9][0-9]{0,14})$/

/**
 * The origin names this process's stream: the store's epoch (which database) and a random part
 * made at start (which process), so an id kept by a browser across a restart is recognised as
 * another process's and never mistaken for a position in this one.
 */
export function streamOrigin(epoch: string, processPart: string): string {
  const clean = (part: string) => part.toLowerCase().replace(/[^0-9a-z]/g, '') || '0'
  return `${clean(epoch)}.${clean(processPart)}`
}

export function formatMessageId(origin: string, seq: number): string {
  return `${origin}-${seq}`
}

export interface ParsedMessageId {
  origin: string
  seq: number
}

/** null for anything that is not an id this server could have made (length, shape, number). */
export function parseMessageId(text: string): ParsedMessageId | null {
  if (text.length > 200) return null
  const dash = text.lastIndexOf('-')
  if (dash <= 0) return null
  const origin = text.slice(0, dash)
  const seqText = text.slice(dash + 1)
  if (!ORIGIN_PATTERN.test(origin) || !SEQ_PATTERN.test(seqText)) return null
  return { origin, seq: Number(seqText) }
}
