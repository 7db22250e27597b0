// /api/alert_state: acknowledgements and snoozes, the only writes the proxy accepts. Never sent to Seam.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod/v4'
import { describeIssues } from '../../src/domain/events/issue-words'
import type { AlertStateStore } from '../alert-state/alert-state-store'
import {
  acknowledgeBodySchema,
  alertIdQuerySchema,
  snoozeBodySchema,
  type AlertState,
} from '../alert-state/alert-state-schema'

/** A name, a note of 500 characters and an id fit many times over. */
const BODY_LIMIT_BYTES = 4 * 1024

export interface AlertStateRouteOptions {
  /** Strings that must never be stored (the API key): every browser would be shown them. */
  readonly secrets: readonly string[]
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

async function saved(reply: FastifyReply, change: Promise<AlertState>, status: number) {
  try {
    return sendState(reply, await change, status)
  } catch (error) {
    reply.log.error(error, 'Could not save the alert state.')
    const reason = error instanceof Error ? error.message : String(error)
    return reply.code(500).send({
      error: 'not_saved',
      message: `The change could not be saved to the data directory (${reason}). Check DATA_DIR has free space and is writable.`,
    })
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

  app.post('/api/alert_state/acknowledgements', write, async (request, reply) => {
    if (!isJson(request)) return notJson(reply)
    const body = parse(acknowledgeBodySchema, request.body, 'body', secrets)
    if (!body.ok) return badRequest(reply, `The acknowledgement was not saved: ${body.message}`)
    return saved(reply, store.acknowledge(body.value), 201)
  })

  app.post('/api/alert_state/snoozes', write, async (request, reply) => {
    if (!isJson(request)) return notJson(reply)
    const body = parse(snoozeBodySchema, request.body, 'body', secrets)
    if (!body.ok) return badRequest(reply, `The snooze was not saved: ${body.message}`)
    return saved(reply, store.snooze(body.value), 201)
  })

  // The id goes in the query: ids can be longer than the router's limit for a path segment.
  app.delete('/api/alert_state/acknowledgements', write, async (request, reply) => {
    const query = parse(alertIdQuerySchema, request.query, 'query', [])
    if (!query.ok) return badRequest(reply, `Nothing was undone: ${query.message}`)
    return saved(reply, store.unacknowledge(query.value.alert_id), 200)
  })

  app.delete('/api/alert_state/snoozes', write, async (request, reply) => {
    const query = parse(alertIdQuerySchema, request.query, 'query', [])
    if (!query.ok) return badRequest(reply, `Nothing was undone: ${query.message}`)
    return saved(reply, store.unsnooze(query.value.alert_id), 200)
  })
}
