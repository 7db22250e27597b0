// Each device's, account's and the workspace's events, in the order the rules read them.
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import { compareEvents } from '../../src/domain/alerts/alert-events'

const NO_RAW: Readonly<Record<string, unknown>> = Object.freeze({})

/**
 * The event without its raw payload: no rule, status or timeline reads it, and at 200,000 events
 * the payloads would be most of the engine's memory.
 */
export function slimEvent(event: ParsedEvent): ParsedEvent {
  return { ...event, raw: NO_RAW }
}

/**
 * One subject's events twice over: in event order (what the rules and the status read, so
 * judging never sorts), and in the order the store drops them (oldest `created_at` first, ties
 * in arrival order, as retention and the cap remove them), so a removal is a look at the front.
 */
export class SubjectEvents {
  readonly inOrder: ParsedEvent[] = []
  readonly #byAge: ParsedEvent[] = []

  get size(): number {
    return this.inOrder.length
  }

  add(event: ParsedEvent): void {
    insertSorted(this.inOrder, event, compareEvents)
    insertSorted(this.#byAge, event, (a, b) => a.createdAt - b.createdAt)
  }

  /** Drops the events the store no longer holds; true when any went. */
  keepHeld(held: (id: string) => boolean): boolean {
    let gone = 0
    while (gone < this.#byAge.length && !held(this.#byAge[gone]!.id)) gone++
    if (gone === 0) return false
    const removed = new Set(this.#byAge.splice(0, gone).map((event) => event.id))
    let kept = 0
    for (const event of this.inOrder) if (!removed.has(event.id)) this.inOrder[kept++] = event
    this.inOrder.length = kept
    return true
  }
}

/** Inserts after every item that does not sort after it: new events nearly always go last. */
function insertSorted(
  list: ParsedEvent[],
  event: ParsedEvent,
  compare: (a: ParsedEvent, b: ParsedEvent) => number,
): void {
  let index = list.length
  while (index > 0 && compare(list[index - 1]!, event) > 0) index--
  if (index === list.length) list.push(event)
  else list.splice(index, 0, event)
}
