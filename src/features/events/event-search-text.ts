// The explorer's search text, computed once per event and cached by event object.
import type { ParsedEvent } from '../../domain/events/parsed-event'
import { eventSearchText } from '../../domain/events/event-search-text'
import type { NameBook } from '../../domain/events/event-names'

export type SearchTextOf = (event: ParsedEvent) => string

/**
 * A lookup that computes each event's text on first use. Keyed by the event object, so events
 * dropped from the stream are forgotten with it; build a new one when the names change.
 */
export function createSearchTextCache(names: NameBook): SearchTextOf {
  const cache = new WeakMap<ParsedEvent, string>()
  return (event) => {
    let text = cache.get(event)
    if (text === undefined) {
      text = eventSearchText(event, names)
      cache.set(event, text)
    }
    return text
  }
}
