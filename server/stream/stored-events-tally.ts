// Tallies the rows a poll's writes stored, for the one `event` message the poll then publishes.
import type { StoredEventRow } from '../store/event-rows'
import type { StoredEventsMessage } from './stream-messages'

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString())

export class StoredEventsTally {
  #count = 0
  #newest: number | null = null
  #oldest: number | null = null

  /** After each write of the poll (a long poll writes page by page). */
  note(rows: readonly Pick<StoredEventRow, 'createdAt'>[]): void {
    for (const row of rows) {
      this.#count += 1
      this.#newest = Math.max(this.#newest ?? row.createdAt, row.createdAt)
      this.#oldest = Math.min(this.#oldest ?? row.createdAt, row.createdAt)
    }
  }

  /** The poll's message, and a fresh tally for the next poll. */
  take(storedAt: number): StoredEventsMessage {
    const message: StoredEventsMessage = {
      count: this.#count,
      newest_created_at: iso(this.#newest),
      oldest_created_at: iso(this.#oldest),
      stored_at: new Date(storedAt).toISOString(),
    }
    this.#count = 0
    this.#newest = null
    this.#oldest = null
    return message
  }
}
