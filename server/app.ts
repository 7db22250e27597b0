// buildApp: the proxy as one Fastify instance with its shared pollers; main.ts and tests call it.
import { existsSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import path from 'node:path'
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify'
import fastifyStatic from '@fastify/static'
import type { Config } from './config'
import type { UpstreamClient } from './upstream/seam-upstream'
import { EventStore } from './poller/event-store'
import { EventPoller } from './poller/event-poller'
import { InventoryPoller } from './poller/inventory-poller'
import { RateLimitGate } from './upstream/rate-limit-gate'
import { registerEventsRoute } from './routes/events-route'
import { registerInventoryRoutes } from './routes/inventory-routes'
import { registerHealthRoute } from './routes/health-route'
import { registerSecurity } from './security/register-security'
import { registerAlertStateRoutes } from './routes/alert-state-routes'
import { openAlertStateStore } from './alert-state/alert-state-store'

export interface AppDependencies {
  upstream: UpstreamClient
  upstreamKind: 'embedded' | 'seam'
  /** Strings that must never leave the server (the API key). Responses containing one are blocked. */
  secrets: readonly string[]
  now?: () => number
  random?: () => number
  /** Tests drive polls by hand with false. */
  startPolling?: boolean
  /** Omit for a silent app (tests). */
  logger?: FastifyBaseLogger
}

export interface DoorboardApp {
  app: FastifyInstance
  store: EventStore
  poller: EventPoller
  inventory: InventoryPoller
  /** Seam's one rate limit (Retry-After), for every poller; the inventory poller obeys it. */
  gate: RateLimitGate
}

export async function buildApp(config: Config, deps: AppDependencies): Promise<DoorboardApp> {
  const now = deps.now ?? Date.now
  const random = deps.random ?? Math.random
  const app = Fastify({
    ...(deps.logger === undefined ? { logger: false } : { loggerInstance: deps.logger }),
    // Dozens of tabs poll every few seconds; per-request lines would drown what matters.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 16 * 1024,
    // A client that trickles its request (slowloris) is cut off instead of holding a socket.
    requestTimeout: 30_000,
  })
  // Before any route, so headers, the rate limit, the token and the write policy cover them all.
  await registerSecurity(app, {
    dashboardToken: config.dashboardToken,
    rateLimitPerMinute: config.apiRateLimitPerMinute,
  })
  const logger = {
    info: (message: string) => app.log.info(message),
    warn: (message: string) => app.log.warn(message),
  }
  const store = new EventStore({
    retentionMs: config.retentionMs,
    maxEvents: config.maxEvents,
    epoch: randomBytes(4).toString('hex'),
  })
  const gate = new RateLimitGate()
  const inventory = new InventoryPoller({
    upstream: deps.upstream,
    intervalMs: config.snapshotIntervalMs,
    now,
    random,
    logger,
    gate,
  })
  const poller = new EventPoller({
    upstream: deps.upstream,
    store,
    intervalMs: config.pollIntervalMs,
    overlapMs: config.pollOverlapMs,
    pageLimit: config.upstreamPageLimit,
    retentionMs: config.retentionMs,
    now,
    random,
    logger,
    onInventoryChange: () => inventory.requestRefresh(),
  })

  const secrets = deps.secrets.filter((secret) => secret.length >= 8)
  app.addHook('onSend', async (request, reply, payload) => {
    // Defence in depth: whatever a bug or a hostile upstream does, the key never leaves.
    if (typeof payload === 'string' && secrets.some((secret) => payload.includes(secret))) {
      request.log.error('Blocked a response that contained the API key.')
      void reply.code(500).type('application/json')
      return JSON.stringify({ error: 'internal_error', message: 'Response withheld.' })
    }
    return payload
  })

  registerEventsRoute(app, store)
  registerInventoryRoutes(app, inventory)
  registerHealthRoute(app, {
    poller,
    inventory,
    store,
    upstreamKind: deps.upstreamKind,
    pollIntervalMs: config.pollIntervalMs,
    now,
  })
  // Dashboard state of its own (never sent to Seam): the only writes the proxy accepts.
  const alertState = await openAlertStateStore({
    directory: config.dataDir,
    retentionMs: config.retentionMs,
    now,
    logger,
  })
  registerAlertStateRoutes(app, alertState, { secrets })

  const indexHtml = path.join(config.staticDir, 'index.html')
  const hasSpa = existsSync(indexHtml)
  if (hasSpa) {
    await app.register(fastifyStatic, { root: config.staticDir, wildcard: false, index: false })
  }

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? ''
    // Only the routes above exist. Nothing under /api is forwarded anywhere.
    if (url === '/api' || url.startsWith('/api/')) {
      return reply.code(404).send({
        error: 'not_found',
        message: `${request.method} ${url} is not a Doorboard API route. The proxy only serves GET /api/events, /api/devices, /api/connected_accounts, /api/health and /api/alert_state, and POST/DELETE /api/alert_state/acknowledgements and /api/alert_state/snoozes.`,
      })
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return reply.code(404).send({ error: 'not_found', message: 'Not found.' })
    }
    if (!hasSpa) {
      return reply
        .code(503)
        .type('text/plain')
        .send(
          'The dashboard is not built yet. Run `npm start` (it builds first) or `npm run build`.',
        )
    }
    // Client-side routes (/devices/x, /wall) all load the SPA.
    return reply.type('text/html').sendFile('index.html')
  })

  if (deps.startPolling !== false) {
    app.addHook('onReady', (done) => {
      inventory.start()
      poller.start()
      done()
    })
  }
  app.addHook('onClose', async () => {
    await Promise.all([poller.stop(), inventory.stop()])
  })

  return { app, store, poller, inventory, gate }
}
