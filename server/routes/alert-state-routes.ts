// /api/alert_state: acknowledgements and snoozes, the only writes the proxy accepts (never sent to
// Seam), and /api/alert_history, what happened to each alert.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod/v4'
import { describeIssues } from '../../src/domain/events/issue-words'
import type { AlertStateStore } from '../alert-state/alert-state-store'
import {
  acknowledgeBodySchema,
  alertHistoryQuerySchema,
  snoozeBodySchema,
  undoQuerySchema,
  type AlertState,
} from '../alert-state/alert-state-schema'
import type { AlertEpisode } from '../store/alert-history-rows'
import { describeDatabaseError } from '../store/describe-database-error'
import { StoreWriteError } from '../store/store-write-error'

/** A name, a note of 500 characters and an id fit many times over. */
const BODY_LIMIT_BYTES = 4 * 1024

export interface AlertStateRouteOptions {
  /** Strings that must never be stored (the API key): every browser would be shown them. */
  readonly secrets: readonly string[]
  /** Called after a change was saved (the live stream tells every open page). */
  readonly onSaved?: () => void
}

type Parsed<T> = { ok: true; value: T } | { ok: false; message: string }

function parse<Schema extends z.ZodType>(
  schema: Schema,
  input: unknown,
  subject: string,
  secrets: readonly string[],
): Parsed<z.output<Schema>> {
  const result = schema.safeParse(input ?? {})
  if (!result.success) {
    return { ok: false, message: `${describeIssues(result.error.issues, input, subject)}.` }
  }
  const text = JSON.stringify(result.data)
  if (secrets.some((secret) => text.includes(secret))) {
    return {
      ok: false,
      message:
        'It contains the Seam API key, which must never be shown to anyone; nothing was saved.',
    }
  }
  return { ok: true, value: result.data }
}

/**
 * Only JSON: a page on another site can post a form or text/plain without asking, but not JSON
 * (the browser would need a CORS preflight this proxy never grants).
 */
function isJson(request: FastifyRequest): boolean {
  return /^application\/json\b/i.test(request.headers['content-type'] ?? '')
}

function notJson(reply: FastifyReply) {
  return reply.code(415).send({
    error: 'unsupported_media_type',
    message: 'Send the body as JSON (content-type: application/json); nothing was saved.',
  })
}

function badRequest(reply: FastifyReply, message: string) {
  return reply.code(400).send({ error: 'bad_request', message })
}

function sendState(reply: FastifyReply, state: AlertState, status = 200) {
  return reply.code(status).header('cache-control', 'no-store').send(state)
}

async function saved(
  reply: FastifyReply,
  change: Promise<AlertState>,
  status: number,
  onSaved: (() => void) | undefined,
) {
  try {
    const state = await change
    onSaved?.()
    return sendState(reply, state, status)
  } catch (error) {
    reply.log.error(error, 'Could not save the alert state.')
    // The database refused: a condition of the service (disk full, server away), not a bug here.
    if (error instanceof StoreWriteError) {
      return reply.code(503).send({ error: 'not_saved', message: error.message })
    }
    const reason = error instanceof Error ? error.message : String(error)
    return reply.code(500).send({
      error: 'not_saved',
      message: `The change could not be saved (${reason}). Nothing was saved; try again.`,
    })
  }
}

/** An episode as the API answers it: snake_case, times in ISO 8601. */
function episodeJson(episode: AlertEpisode) {
  return {
    alert_id: episode.alertId,
    kind: episode.kind,
    subject: episode.subject,
    severity: episode.severity,
    opened_at: new Date(episode.openedAt).toISOString(),
    resolved_at: episode.resolvedAt === null ? null : new Date(episode.resolvedAt).toISOString(),
    changes: episode.changes,
  }
}

export function registerAlertStateRoutes(
  app: FastifyInstance,
  store: AlertStateStore,
  options: AlertStateRouteOptions,
): void {
  const { secrets } = options
  const write = { bodyLimit: BODY_LIMIT_BYTES }

  app.get('/api/alert_state', async (_request, reply) => sendState(reply, store.snapshot()))

  app.get('/api/alert_history', async (request, reply) => {
    const query = parse(alertHistoryQuerySchema, request.query, 'query', [])
    if (!query.ok) return badRequest(reply, `No history was read: ${query.message}`)
    const { alert_id: alertId, from, to, limit } = query.value
    try {
      const episodes = await store.history({
        ...(alertId === undefined ? {} : { alertId }),
        ...(from === undefined ? {} : { from }),
        ...(to === undefined ? {} : { to }),
        ...(limit === undefined ? {} : { limit }),
      })
      return await reply
        .header('cache-control', 'no-store')
        .send({ episodes: episodes.map(episodeJson) })
    } catch (error) {
      reply.log.error(error, 'Could not read the alert history.')
      return reply.code(503).send({
        error: 'not_read',
        message: `Cannot read the alert history from the database at ${store.location}: ${describeDatabaseError(error).replace(/([^.])$/, '$1.')} Try again once the database answers.`,
      })
    }
  })

  app.post('/api/alert_state/acknowledgements', write, async (request, reply) => {
    if (!isJson(request)) return notJson(reply)
    const body = parse(acknowledgeBodySchema, request.body, 'body', secrets)
    if (!body.ok) return badRequest(reply, `The acknowledgement was not saved: ${body.message}`)
    return saved(reply, store.acknowledge(body.value), 201, options.onSaved)
  })

  app.post('/api/alert_state/snoozes', write, async (request, reply) => {
    if (!isJson(request)) return notJson(reply)
    const body = parse(snoozeBodySchema, request.body, 'body', secrets)
    if (!body.ok) return badRequest(reply, `The snooze was not saved: ${body.message}`)
    return saved(reply, store.snooze(body.value), 201, options.onSaved)
  })

  // The id goes in the query: ids can be longer than the router's limit for a path segment.
  app.delete('/api/alert_state/acknowledgements', write, async (request, reply) => {
    const query = parse(undoQuerySchema, request.query, 'query', secrets)
    if (!query.ok) return badRequest(reply, `Nothing was undone: ${query.message}`)
    return saved(
      reply,
      store.unacknowledge(query.value.alert_id, query.value.by ?? null),
      200,
      options.onSaved,
    )
  })

  app.delete('/api/alert_state/snoozes', write, async (request, reply) => {
    const query = parse(undoQuerySchema, request.query, 'query', secrets)
    if (!query.ok) return badRequest(reply, `Nothing was undone: ${query.message}`)
    return saved(
      reply,
      store.unsnooze(query.value.alert_id, query.value.by ?? null),
      200,
      options.onSaved,
    )
  })
}
