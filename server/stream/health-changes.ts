// Publishes `/api/health`'s body when something a person would notice changes, not its clock fields.
import type { HealthMessage } from './stream-messages'

/** Fields that move on every poll or every second: a change of these alone is not news. */
const MOVING_FIELDS: readonly (keyof HealthMessage)[] = [
  'server_time',
  'lag_ms',
  'last_success_at',
  'last_error_at',
  'next_poll_at',
  'inventory_refreshed_at',
]

/** Equal for two bodies exactly when their status, counts, engines and error text are equal. */
export function healthChangeKey(body: HealthMessage): string {
  const rest: Record<string, unknown> = { ...body }
  for (const field of MOVING_FIELDS) delete rest[field]
  return JSON.stringify(rest)
}

export interface HealthWatchOptions {
  read: () => HealthMessage
  publish: (body: HealthMessage) => void
  intervalMs: number
}

/** Checks every interval; the first check only sets the baseline (clients fetch health on reset). */
export class HealthWatch {
  readonly #options: HealthWatchOptions
  #lastKey: string | undefined
  #timer: NodeJS.Timeout | undefined

  constructor(options: HealthWatchOptions) {
    this.#options = options
  }

  start(): void {
    if (this.#timer !== undefined) return
    this.check()
    this.#timer = setInterval(() => this.check(), this.#options.intervalMs).unref()
  }

  stop(): void {
    clearInterval(this.#timer)
    this.#timer = undefined
  }

  check(): void {
    const body = this.#options.read()
    const key = healthChangeKey(body)
    const changed = this.#lastKey !== undefined && key !== this.#lastKey
    this.#lastKey = key
    if (changed) this.#options.publish(body)
  }
}
