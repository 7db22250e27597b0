// The app's stream: its feed, its clients, the route, the health watch and their start and stop.
import { randomBytes } from 'node:crypto'
import type { FastifyInstance } from 'fastify'
import { registerStreamRoute } from '../routes/stream-route'
import type { StoredEventRow } from '../store/event-rows'
import { ChangeFeed, type FeedLimits } from './change-feed'
import { HealthWatch } from './health-changes'
import { streamOrigin } from './message-id'
import { StoredEventsTally } from './stored-events-tally'
import { StreamClients, type StreamClientLimits } from './stream-clients'
import type { DoorboardStreamMessages, HealthMessage } from './stream-messages'

export interface StreamSettings extends FeedLimits, StreamClientLimits {
  /** How often the health body is compared with the last one sent. */
  healthCheckMs: number
  /** A fleet or alert change larger than this is sent as "refetch" (see fleet-stream.ts). */
  maxInlineChangeBytes: number
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = {
  heartbeatMs: 15_000,
  healthCheckMs: 1_000,
  maxMessages: 1_000,
  maxBytes: 512 * 1024,
  maxMessageBytes: 128 * 1024,
  // Above the feed's bytes, so a client resuming from its oldest kept message is never dropped.
  maxBacklogBytes: 1024 * 1024,
  dropGraceMs: 10_000,
  // Under maxMessageBytes: a refetch of /api/fleet (about 400 KB compressed at 5,000 devices)
  // costs more than a large change sent as it is.
  maxInlineChangeBytes: 120 * 1024,
}

export type DoorboardFeed = ChangeFeed<DoorboardStreamMessages>

export interface DoorboardStream {
  /** `publish(kind, data)` for every publisher (the fleet engine's `fleet` and `alert` too). */
  feed: DoorboardFeed
  settings: StreamSettings
  clients: StreamClients
  /** Wrap the poller's writes: what they stored goes into the poll's `event` message. */
  noteStored(rows: readonly StoredEventRow[]): void
  /** The poller's onStored: one `event` message per poll that stored something. */
  eventsStored(count: number): void
}

export interface DoorboardStreamOptions {
  /** The store's epoch: part of every message id. */
  epoch: string
  settings?: Partial<StreamSettings>
  readHealth: () => HealthMessage
  /** True for text that must never leave the server. */
  isWithheld: (text: string) => boolean
  now: () => number
}

export async function registerDoorboardStream(
  app: FastifyInstance,
  options: DoorboardStreamOptions,
): Promise<DoorboardStream> {
  const settings = { ...DEFAULT_STREAM_SETTINGS, ...options.settings }
  const feed: DoorboardFeed = new ChangeFeed({
    ...settings,
    origin: streamOrigin(options.epoch, randomBytes(4).toString('hex')),
    isWithheld: options.isWithheld,
    logger: {
      warn: (message) => app.log.warn(message),
      error: (message) => app.log.error(message),
    },
  })
  const clients = new StreamClients({ ...settings, feed, now: options.now })
  await registerStreamRoute(app, clients)
  const health = new HealthWatch({
    read: options.readHealth,
    publish: (body) => void feed.publish('health', body),
    intervalMs: settings.healthCheckMs,
  })
  app.addHook('onReady', (done) => {
    health.start()
    done()
  })
  // Before the server closes: open streams would otherwise hold app.close() until clients leave.
  app.addHook('preClose', (done) => {
    clients.closeAll()
    done()
  })
  app.addHook('onClose', (_instance, done) => {
    health.stop()
    done()
  })
  const tally = new StoredEventsTally()
  return {
    feed,
    settings,
    clients,
    noteStored: (rows) => tally.note(rows),
    eventsStored: (count) => {
      const message = tally.take(options.now())
      // The tally saw every row the poll wrote; the count is the poller's, should they differ.
      void feed.publish('event', { ...message, count })
    },
  }
}
