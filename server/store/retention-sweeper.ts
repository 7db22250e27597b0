// Applies retention (RETENTION_HOURS, MAX_EVENTS) in the database, in batches, once a minute.
import type { PollerLogger } from '../poller/event-poller'
import { describeDatabaseError } from './describe-database-error'
import { sweepEvents } from './event-rows'
import type { Database } from './open-database'

export interface RetentionSweeperOptions {
  database: Database
  retentionMs: number
  maxEvents: number
  intervalMs: number
  now: () => number
  logger: PollerLogger
}

export class RetentionSweeper {
  readonly #options: RetentionSweeperOptions
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  lastError: string | null = null

  constructor(options: RetentionSweeperOptions) {
    this.#options = options
  }

  start(): void {
    this.#timer = setInterval(() => void this.sweep(), this.#options.intervalMs)
    void this.sweep()
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer)
    await this.#running
  }

  /** One sweep; never two at once, never throws (a failure is logged and tried next time). */
  sweep(): Promise<void> {
    this.#running ??= this.#sweep().finally(() => {
      this.#running = undefined
    })
    return this.#running
  }

  async #sweep(): Promise<void> {
    const { database, retentionMs, maxEvents, now, logger } = this.#options
    try {
      const deleted = await sweepEvents(database.db, now() - retentionMs, maxEvents)
      if (deleted > 0) logger.info(`Retention: removed ${deleted} old events from the database.`)
      this.lastError = null
    } catch (error) {
      this.lastError = `Cannot apply retention in the database at ${database.location}: ${describeDatabaseError(error)}`
      logger.warn(this.lastError)
    }
  }
}
