// The device and account pages' routes: one shape (a range, a 404 in words, the range's events
// paged from the store, one prepared answer), registered together (one line in buildApp).
import type { FastifyInstance } from 'fastify'
import { badRequest, strictParameters } from '../events-api/register-events-api'
import type { EventPagePosition } from '../events-api/event-cursor'
import type { StoreDb } from '../store/open-database'
import { accountSubject } from './account-route'
import { deviceSubject, type SubjectRouteOptions } from './device-route'
import type { FleetEngine } from './fleet-engine'
import { PreparedAnswer, sendPrepared } from './prepared-answer'
import {
  RANGE_QUERY_SCHEMA,
  rangeOf,
  SUBJECT_PARAMS_SCHEMA,
  type RangeAsked,
  type RangeQuery,
} from './range-params'
import { withEvents, type SubjectEvents } from './subject-event-page'

/** What differs between the device page's route and the account page's. */
export interface SubjectRoute {
  readonly path: string
  /** The range shown when the link gives none. */
  readonly defaultSpanMs: number
  /** Everything but the events (before and after them in the answer); undefined: unknown id. */
  answer(id: string, asked: RangeAsked): { before: object; after: object } | undefined
  readEvents(
    db: StoreDb,
    id: string,
    range: RangeAsked['range'],
    before: EventPagePosition | null,
  ): Promise<SubjectEvents>
  notFound(id: string): string
}

function registerSubjectRoute(
  app: FastifyInstance,
  db: StoreDb,
  route: SubjectRoute,
  options: SubjectRouteOptions,
): void {
  app.get<{ Params: { id: string }; Querystring: RangeQuery }>(
    route.path,
    {
      schema: { params: SUBJECT_PARAMS_SCHEMA, querystring: RANGE_QUERY_SCHEMA },
      preValidation: strictParameters(RANGE_QUERY_SCHEMA),
    },
    async (request, reply) => {
      const { id } = request.params
      let asked: RangeAsked
      try {
        asked = rangeOf(request.query, options.now(), route.defaultSpanMs)
      } catch (error) {
        return badRequest(reply, error)
      }
      const head = route.answer(id, asked)
      if (head === undefined) {
        return reply.code(404).send({ error: 'not_found', message: route.notFound(id) })
      }
      const page = await route.readEvents(db, id, asked.range, asked.before)
      const body = withEvents(head.before, page, head.after)
      return sendPrepared(request, reply, new PreparedAnswer(body, options.secrets))
    },
  )
}

export function registerSubjectRoutes(
  app: FastifyInstance,
  engine: FleetEngine,
  db: StoreDb,
  options: SubjectRouteOptions,
): void {
  registerSubjectRoute(app, db, deviceSubject(engine, options), options)
  registerSubjectRoute(app, db, accountSubject(engine, options), options)
}
