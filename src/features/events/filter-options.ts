// Labels and choices of the filter controls: categories, severities, statuses, types, devices, accounts.
import { catalogueEntry } from '../../domain/events/event-catalogue'
import { isKnownEventType, KNOWN_EVENT_TYPES } from '../../domain/events/event-types'
import type { EventCategory, ParseStatus } from '../../domain/events/parsed-event'
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

/**
 * The documented types (of the chosen categories, if any) by title. An undocumented type can only
 * come from a link, so `selected` is always offered: the link's filter still shows what it is.
 */
export function typeOptions(
  categories: readonly EventCategory[],
  selected: string,
): FilterOption[] {
  const inCategory = (type: string) =>
    categories.length === 0 || categories.includes(catalogueEntry(type).category)
  const known = KNOWN_EVENT_TYPES.filter(inCategory)
    .map((type) => ({ value: type, label: `${catalogueEntry(type).title} (${type})` }))
    .sort(byLabel)
  const undocumented = selected !== '' && !isKnownEventType(selected) && inCategory(selected)
  return undocumented ? [...known, { value: selected, label: `${selected} (unknown)` }] : known
}

/** The fleet's names; an id only a link names (a deleted device) is offered by id. */
export function namedOptions(names: ReadonlyMap<string, string>, selected: string): FilterOption[] {
  const options = new Map<string, FilterOption>()
  for (const [value, label] of names) options.set(value, { value, label })
  if (selected !== '' && !options.has(selected)) {
    options.set(selected, { value: selected, label: `${selected} (not in Seam)` })
  }
  return [...options.values()].sort(byLabel)
}

export function deviceOptions(names: NameBook, selected: string): FilterOption[] {
  return namedOptions(names.deviceNames, selected)
}

export function accountOptions(names: NameBook, selected: string): FilterOption[] {
  return namedOptions(names.accountNames, selected)
}

function byLabel(a: FilterOption, b: FilterOption): number {
  return a.label.localeCompare(b.label, 'en')
}
