// The query of the device and account pages' routes: a range of time and where its event page starts.
import type { TimeWindow } from '../../src/domain/timelines/state-interval'
import type { EventPagePosition } from '../events-api/event-cursor'
import { beforeOf, EventQueryError, instantOf } from '../events-api/event-filter-params'

export interface RangeQuery {
  from?: string
  to?: string
  before?: string
}

export const RANGE_QUERY_SCHEMA = {
  type: 'object',
  properties: {
    from: { type: 'string', maxLength: 40 },
    to: { type: 'string', maxLength: 40 },
    before: { type: 'string', maxLength: 400 },
  },
  additionalProperties: false,
} as const

/** Ids longer than this are not Seam's: refused before any lookup. */
export const SUBJECT_PARAMS_SCHEMA = {
  type: 'object',
  properties: { id: { type: 'string', minLength: 1, maxLength: 200 } },
  required: ['id'],
} as const

export interface RangeAsked {
  readonly range: TimeWindow
  readonly before: EventPagePosition | null
}

/**
 * The range asked for; `span` back from `to` when `from` is left out, and up to now when `to` is.
 * Throws EventQueryError naming the bad parameter.
 */
export function rangeOf(query: RangeQuery, now: number, span: number): RangeAsked {
  const from = instantOf('from', query.from)
  const to = instantOf('to', query.to) ?? now
  if (from !== undefined && from > to) {
    const toWords =
      query.to === undefined || query.to === '' ? `now, ${new Date(to).toISOString()}` : query.to
    throw new EventQueryError(`from (${query.from}) is after to (${toWords}); swap them.`)
  }
  return { range: { from: from ?? to - span, to }, before: beforeOf(query.before) }
}
