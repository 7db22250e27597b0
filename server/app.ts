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
import { registerEventsApi } from './events-api/register-events-api'
import { followInventoryNames } from './events-api/inventory-names'
import { fillExplorerColumns } from './events-api/fill-explorer-columns'
import { registerInventoryRoutes } from './routes/inventory-routes'
import { buildHealth, registerHealthRoute, type HealthDependencies } from './routes/health-route'
import {
  registerDoorboardStream,
  type DoorboardStream,
  type StreamSettings,
} from './stream/doorboard-stream'
import { registerSecurity } from './security/register-security'
import { registerAlertStateRoutes } from './routes/alert-state-routes'
import { openAlertStateStore } from './alert-state/alert-state-store'
import { readingAtStart, type Database } from './store/open-database'
import { adoptUpstream } from './store/adopt-upstream'
import { loadEvents, readOrMakeEpoch, readPollProgress, writePoll } from './store/event-rows'
import { loadInventory, saveInventory } from './store/inventory-rows'
import { RetentionSweeper } from './store/retention-sweeper'
import { FleetEngine } from './fleet-engine/fleet-engine'
import { registerFleetRoute } from './fleet-engine/fleet-route'
import { publishFleetChanges } from './fleet-engine/fleet-stream'
import { registerAlertsRoute } from './fleet-engine/alerts-route'
import { registerSubjectRoutes } from './fleet-engine/subject-routes'
import { writingTo } from './store/store-write-error'

export interface AppDependencies {
  upstream: UpstreamClient
  /** The opened store (its opener closes it): events, cursor, lists, alert state and history. */
  database: Database
  /**
   * Which upstream this is (Seam endpoint and a hash of the key, or this start's embedded fake):
   * the store starts afresh when it changes, so two fleets' histories never mix.
   */
  upstreamIdentity: string
  upstreamKind: 'embedded' | 'seam'
  /** Strings that must never leave the server (the API key). Responses containing one are blocked. */
  secrets: readonly string[]
  now?: () => number
  random?: () => number
  /** Tests drive polls by hand with false. */
  startPolling?: boolean
  /** Omit for a silent app (tests). */
  logger?: FastifyBaseLogger
  /** The live stream's heartbeat, buffers and bounds; tests shorten them. */
  stream?: Partial<StreamSettings>
}

/** Retention in the database runs this often (each sweep deletes in batches). */
const RETENTION_SWEEP_INTERVAL_MS = 60_000

export interface DoorboardApp {
  app: FastifyInstance
  store: EventStore
  poller: EventPoller
  inventory: InventoryPoller
  /** Seam's one rate limit (Retry-After): both pollers obey it. */
  gate: RateLimitGate
  /** Judges the fleet once for every client, keeps /api/fleet and records alert episodes. */
  engine: FleetEngine
  /** GET /api/stream and its feed: `stream.feed.publish(kind, data)` reaches every open page. */
  stream: DoorboardStream
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
  const { database } = deps
  const atStart = <T>(read: () => Promise<T>) => readingAtStart(database.location, read)
  const adopted = await atStart(() => adoptUpstream(database.db, deps.upstreamIdentity))
  if (adopted === 'replaced') {
    logger.warn(
      `The database at ${database.location} held another upstream's events; they were removed and this one's are read afresh (acknowledgements and alert history are kept).`,
    )
  }
  // Browser cursors name the epoch: kept in the store, a cursor survives a restart.
  const epoch = await atStart(() =>
    readOrMakeEpoch(database.db, () => randomBytes(4).toString('hex')),
  )
  const store = new EventStore({
    retentionMs: config.retentionMs,
    maxEvents: config.maxEvents,
    epoch,
  })
  // Rows stored by a version that did not keep the explorer's columns get them once, here.
  await atStart(() => fillExplorerColumns(database.db))
  // Serve at once what the store had; the poller then asks Seam only from the stored cursor.
  store.insert(await atStart(() => loadEvents(database.db)))
  store.evictExpired(now())
  const initialProgress = await atStart(() => readPollProgress(database.db))
  const gate = new RateLimitGate()
  const inventory = new InventoryPoller({
    upstream: deps.upstream,
    intervalMs: config.snapshotIntervalMs,
    now,
    random,
    logger,
    gate,
    persist: (devices, accounts, listedAt) =>
      writingTo(database.location, 'the device and account lists', () =>
        saveInventory(database.db, devices, accounts, listedAt),
      ),
    onRefreshed: () => engine.inventoryRefreshed(),
  })
  inventory.restore(await atStart(() => loadInventory(database.db)))
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
    gate,
    initialProgress,
    persist: async (fresh, progress) => {
      const rows = await writingTo(database.location, 'events', () =>
        writePoll(database.db, fresh, progress),
      )
      stream.noteStored(rows)
      return rows
    },
    onInventoryChange: () => inventory.requestRefresh(),
    onStored: (count) => {
      engine.eventsStored()
      stream.eventsStored(count)
    },
  })

  const engine = new FleetEngine({
    store,
    inventory: () => inventory.snapshot,
    database,
    now,
    logger,
  })
  const sweeper = new RetentionSweeper({
    database,
    retentionMs: config.retentionMs,
    maxEvents: config.maxEvents,
    intervalMs: RETENTION_SWEEP_INTERVAL_MS,
    now,
    logger,
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
  registerEventsApi(
    app,
    database.db,
    followInventoryNames(() => inventory.snapshot),
    now,
  )
  registerInventoryRoutes(app, inventory)
  const healthDependencies: HealthDependencies = {
    poller,
    inventory,
    store,
    upstreamKind: deps.upstreamKind,
    pollIntervalMs: config.pollIntervalMs,
    now,
    databaseEngine: database.engine,
    databaseProblem: () => sweeper.lastError ?? engine.lastError,
  }
  registerHealthRoute(app, healthDependencies)
  const stream = await registerDoorboardStream(app, {
    epoch,
    ...(deps.stream === undefined ? {} : { settings: deps.stream }),
    readHealth: () => buildHealth(healthDependencies),
    isWithheld: (text) => secrets.some((secret) => text.includes(secret)),
    now,
  })
  // Dashboard state of its own (never sent to Seam): the only writes the proxy accepts.
  const alertState = await atStart(() =>
    openAlertStateStore({
      database,
      directory: config.dataDir,
      retentionMs: config.retentionMs,
      now,
      logger,
    }),
  )
  registerAlertStateRoutes(app, alertState, {
    secrets,
    onSaved: () =>
      void stream.feed.publish('alert_state', { changed_at: new Date(now()).toISOString() }),
  })
  registerFleetRoute(app, engine, { secrets })
  publishFleetChanges(engine, stream.feed, stream.settings.maxInlineChangeBytes)
  registerAlertsRoute(app, engine, alertState, { secrets, now })
  registerSubjectRoutes(app, engine, database.db, {
    secrets,
    now,
    inventoryAt: () => inventory.snapshot.refreshedAt,
  })

  const indexHtml = path.join(config.staticDir, 'index.html')
  const hasSpa = existsSync(indexHtml)
  if (hasSpa) {
    // The build writes .br and .gz beside each asset (scripts/precompress-assets.ts).
    await app.register(fastifyStatic, {
      root: config.staticDir,
      wildcard: false,
      index: false,
      preCompressed: true,
    })
  }

  app.setNotFoundHandler(async (request, reply) => {
    const url = request.url.split('?')[0] ?? ''
    // Only the routes above exist. Nothing under /api is forwarded anywhere.
    if (url === '/api' || url.startsWith('/api/')) {
      return reply.code(404).send({
        error: 'not_found',
        message: `${request.method} ${url} is not a Doorboard API route. The proxy only serves GET /api/events, /api/events/count, /api/events.csv, /api/event_log, /api/devices, /api/connected_accounts, /api/health, /api/stream, /api/fleet, /api/alerts, /api/devices/:id, /api/connected_accounts/:id, /api/alert_state and /api/alert_history, and POST/DELETE /api/alert_state/acknowledgements and /api/alert_state/snoozes.`,
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
      sweeper.start()
      engine.start()
      done()
    })
  }
  app.addHook('onClose', async () => {
    await Promise.all([poller.stop(), inventory.stop(), sweeper.stop(), engine.stop()])
  })

  return { app, store, poller, inventory, gate, engine, stream }
}
