// The payload of one event as indented JSON, built only when a row is opened.
import { redactEventSecrets } from '../../domain/events/redact-event'

/** The proxy already removed PINs; redacting again costs nothing and guards a proxy bug. */
export function formatEventJson(raw: Readonly<Record<string, unknown>>): string {
  return JSON.stringify(redactEventSecrets({ ...raw }).event, null, 2)
}
