// The proxy's link to Seam in words for the header: "Seam: degraded since 14:02", and what went wrong.
import type { Health } from '../api/get-health'
import { formatSince } from '../lib/format-time'
import type { Tone } from './tone'

export interface UpstreamWords {
  readonly tone: Tone
  /** Short, for the header pill. */
  readonly label: string
  /** A sentence for a banner when the link is not ok. */
  readonly problem?: string
}

export function upstreamSourceWords(upstream: Health['upstream']): string {
  switch (upstream) {
    case 'embedded':
      return 'Embedded fake Seam'
    case 'seam':
      return 'Seam'
    default:
      upstream satisfies never
      return 'Seam'
  }
}

/** Times are read on the server's clock (status_since against server_time), as sent. */
export function describeUpstream(health: Health, timeZone?: string): UpstreamWords {
  const source = upstreamSourceWords(health.upstream)
  const inSentence = health.upstream === 'embedded' ? 'the embedded fake Seam' : source
  const since = formatSince(health.status_since, health.server_time, timeZone)
  const error = asSentence(health.last_error ?? 'the proxy gave no reason')
  switch (health.status) {
    case 'ok':
      return { tone: 'good', label: `${source}: connected` }
    case 'starting':
      return { tone: 'neutral', label: `${source}: connecting…` }
    case 'degraded':
      return {
        tone: 'warning',
        label: `${source}: degraded since ${since}`,
        problem: `Polling ${inSentence} has been failing since ${since}: ${error} The proxy keeps retrying; the data shown may be behind.`,
      }
    case 'down':
      return {
        tone: 'critical',
        label: `${source}: down since ${since}`,
        problem: `No data from ${inSentence} since ${since}: ${error} The data shown is out of date.`,
      }
    default:
      health.status satisfies never
      return { tone: 'neutral', label: source }
  }
}

/** Ends the text with a full stop, so the next sentence can follow it. */
function asSentence(text: string): string {
  const trimmed = text.trim()
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`
}
