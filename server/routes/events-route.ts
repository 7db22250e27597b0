// GET /api/event_log?after=CURSOR: what the store ingested after the cursor, from memory only.
import type { FastifyInstance } from 'fastify'
import type { EventStore } from '../poller/event-store'

interface EventsQuery {
  after?: string
}

export function registerEventsRoute(app: FastifyInstance, store: EventStore): void {
  app.get<{ Querystring: EventsQuery }>(
    '/api/event_log',
    {
      schema: {
        querystring: {
          type: 'object',
          properties: { after: { type: 'string', maxLength: 200 } },
          additionalProperties: false,
        },
      },
    },
    async (request, reply) => {
      const result = store.eventsSince(request.query.after)
      // Built from pre-serialized events: an idle poll is a few dozen bytes and costs no stringify.
      const body = `{"events":${result.eventsJson},"cursor":${JSON.stringify(result.cursor)}${result.reset ? ',"reset":true' : ''}}`
      return reply.header('cache-control', 'no-store').type('application/json').send(body)
    },
  )
}
