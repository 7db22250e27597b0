// Labels and choices of the filter controls: categories, severities, statuses, types, devices, accounts.
import { catalogueEntry } from '../../domain/events/event-catalogue'
import { isKnownEventType, KNOWN_EVENT_TYPES } from '../../domain/events/event-types'
import type { EventCategory, ParsedEvent, ParseStatus } from '../../domain/events/parsed-event'
import type { SeverityFilter } from './event-filters'
import type { NameBook } from '../../domain/events/event-names'

export const CATEGORY_LABELS: Readonly<Record<EventCategory, string>> = {
  lock: 'Lock',
  access_code: 'Access codes',
  connectivity: 'Connectivity',
  battery: 'Battery',
  media: 'Cameras & doorbells',
  account: 'Accounts',
  device_lifecycle: 'Device lifecycle',
  integration: 'Integrations',
  noise: 'Noise',
  other: 'Other',
}

/**
 * The severity toggles shown. No catalogue entry is `info` today, so a toggle for it would never
 * match; `severity=info` in a link still works.
 */
export const SEVERITY_CHOICES: readonly SeverityFilter[] = ['critical', 'warning', 'none']

export const SEVERITY_LABELS: Readonly<Record<SeverityFilter, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
  none: 'Routine',
}

export const STATUS_LABELS: Readonly<Record<ParseStatus, string>> = {
  known: 'Understood',
  unknown: 'Unknown type',
  invalid: 'Invalid',
}

export interface FilterOption {
  readonly value: string
  readonly label: string
}

/** Every type seen in the stream: unknown ones can only be offered once they have appeared. */
export function seenEventTypes(events: readonly ParsedEvent[]): ReadonlySet<string> {
  const types = new Set<string>()
  for (const event of events) types.add(event.type)
  return types
}

/**
 * The documented types (of the chosen categories, if any) by title, then the unknown types seen.
 * `selected` is always offered, so a link naming a type not seen yet still shows it.
 */
export function typeOptions(
  categories: readonly EventCategory[],
  seen: ReadonlySet<string>,
  selected: string,
): FilterOption[] {
  const inCategory = (type: string) =>
    categories.length === 0 || categories.includes(catalogueEntry(type).category)
  const known = KNOWN_EVENT_TYPES.filter(inCategory)
    .map((type) => ({ value: type, label: `${catalogueEntry(type).title} (${type})` }))
    .sort(byLabel)
  const extra = [...seen, selected]
    .filter((type) => type !== '' && !isKnownEventType(type) && inCategory(type))
    .sort()
  const unknown = [...new Set(extra)].map((type) => ({ value: type, label: `${type} (unknown)` }))
  return [...known, ...unknown]
}

/** Inventory names first; ids seen only in events (a deleted device) are offered by id. */
export function namedOptions(
  names: ReadonlyMap<string, string>,
  seenIds: Iterable<string>,
  selected: string,
): FilterOption[] {
  const options = new Map<string, FilterOption>()
  for (const [value, label] of names) options.set(value, { value, label })
  for (const id of [...seenIds, selected]) {
    if (id !== '' && !options.has(id)) options.set(id, { value: id, label: `${id} (not in Seam)` })
  }
  return [...options.values()].sort(byLabel)
}

export function deviceOptions(
  names: NameBook,
  byDevice: ReadonlyMap<string, unknown>,
  selected: string,
): FilterOption[] {
  return namedOptions(names.deviceNames, byDevice.keys(), selected)
}

export function accountOptions(
  names: NameBook,
  byAccount: ReadonlyMap<string, unknown>,
  selected: string,
): FilterOption[] {
  return namedOptions(names.accountNames, byAccount.keys(), selected)
}

function byLabel(a: FilterOption, b: FilterOption): number {
  return a.label.localeCompare(b.label, 'en')
}
