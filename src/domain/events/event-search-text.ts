// The lower-cased words free text is matched against: the explorer's filter in the browser and the
// server's stored search column (built there without names, which the server matches on its own).
import { catalogueEntry } from './event-catalogue'
import { describeEvent } from './describe-event'
import type { ParsedEvent } from './parsed-event'
import { eventAccountId, eventAccountName, eventDeviceName, type NameBook } from './event-names'

// Top-level payload strings make ids searchable (access_code_id, action_attempt_id, ...). The
// proxy already removed PINs; `code` is skipped anyway so a PIN can never be found by typing it.
// Fields already in the text, and times, are skipped too: shorter text is faster to search.
const SKIPPED_RAW_KEYS: ReadonlySet<string> = new Set([
  'code',
  'created_at',
  'occurred_at',
  'event_id',
  'event_type',
  'event_description',
  'device_id',
  'connected_account_id',
  'workspace_id',
])
const MAX_RAW_STRING = 200

export function eventSearchText(event: ParsedEvent, names: NameBook): string {
  const deviceName = eventDeviceName(event, names)
  const accountName = eventAccountName(event, names)
  const parts: (string | undefined)[] = [
    describeEvent(event, { deviceName, accountName }),
    catalogueEntry(event.type).title,
    event.type,
    event.category,
    event.status,
    event.severity,
    event.reason,
    event.id,
    event.deviceId,
    deviceName,
    eventAccountId(event, names),
    accountName,
  ]
  for (const [key, value] of Object.entries(event.raw)) {
    if (typeof value === 'string' && !SKIPPED_RAW_KEYS.has(key)) {
      parts.push(value.slice(0, MAX_RAW_STRING))
    }
  }
  return parts
    .filter((part) => part !== undefined && part !== '')
    .join(' ')
    .toLowerCase()
}
