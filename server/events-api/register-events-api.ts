// GET /api/events and /api/events.csv: the event explorer's reads, filtered and paged in the database.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { StoreDb } from '../store/open-database'
import { countEvents } from './event-count-query'
import { encodeCursor } from './event-cursor'
import {
  beforeOf,
  CSV_QUERY_SCHEMA,
  DEFAULT_PAGE_SIZE,
  eventFilterOf,
  EventQueryError,
  PAGE_QUERY_SCHEMA,
  refuseUnknownParameters,
  type EventsApiQuery,
} from './event-filter-params'
import { readEventPage } from './event-page-query'
import { eventsCsvFileName, eventsCsvStream } from './events-csv'
import type { InventoryNames } from './inventory-names'

export function badRequest(reply: FastifyReply, error: unknown): FastifyReply {
  if (!(error instanceof EventQueryError)) throw error
  return reply.code(400).send({ error: 'bad_request', message: error.message })
}

/** Refuses unknown parameters by name, before Fastify's validation would silently drop them. */
export function strictParameters(schema: { readonly properties: object }) {
  return async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      refuseUnknownParameters(request.query, schema)
    } catch (error) {
      return badRequest(reply, error)
    }
  }
}

export function registerEventsApi(
  app: FastifyInstance,
  db: StoreDb,
  names: () => InventoryNames,
  now: () => number = Date.now,
): void {
  app.get<{ Querystring: EventsApiQuery }>(
    '/api/events',
    {
      schema: { querystring: PAGE_QUERY_SCHEMA },
      preValidation: strictParameters(PAGE_QUERY_SCHEMA),
    },
    async (request, reply) => {
      let page
      try {
        const filter = eventFilterOf(request.query, names())
        const before = beforeOf(request.query.before)
        page = await readEventPage(db, filter, before, request.query.limit ?? DEFAULT_PAGE_SIZE)
      } catch (error) {
        return badRequest(reply, error)
      }
      const next = page.next === null ? 'null' : JSON.stringify(encodeCursor(page.next))
      // The stored JSON is served as it is: no parse and stringify per event.
      return reply
        .header('cache-control', 'no-store')
        .type('application/json; charset=utf-8')
        .send(`{"events":[${page.events.join(',')}],"next":${next}}`)
    },
  )

  // The same filters as the CSV (no before or limit): how many events the filter matches, of all.
  app.get<{ Querystring: Omit<EventsApiQuery, 'before' | 'limit'> }>(
    '/api/events/count',
    {
      schema: { querystring: CSV_QUERY_SCHEMA },
      preValidation: strictParameters(CSV_QUERY_SCHEMA),
    },
    async (request, reply) => {
      let counted
      try {
        counted = await countEvents(db, eventFilterOf(request.query, names()))
      } catch (error) {
        return badRequest(reply, error)
      }
      return reply.header('cache-control', 'no-store').send(counted)
    },
  )

  app.get<{ Querystring: Omit<EventsApiQuery, 'before' | 'limit'> }>(
    '/api/events.csv',
    {
      schema: { querystring: CSV_QUERY_SCHEMA },
      preValidation: strictParameters(CSV_QUERY_SCHEMA),
    },
    async (request, reply) => {
      let filter
      try {
        filter = eventFilterOf(request.query, names())
      } catch (error) {
        return badRequest(reply, error)
      }
      const current = names()
      return reply
        .header('cache-control', 'no-store')
        .header('content-disposition', `attachment; filename="${eventsCsvFileName(filter, now())}"`)
        .type('text/csv; charset=utf-8')
        .send(eventsCsvStream(db, filter, current))
    },
  )
}
