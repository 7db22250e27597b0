// Every filter control of the explorer; each change writes the whole filter set to the URL.
import type { Instant } from '../../domain/events/parsed-event'
import { EVENT_CATEGORIES, PARSE_STATUSES, type EventFilters } from './event-filters'
import {
  CATEGORY_LABELS,
  SEVERITY_CHOICES,
  SEVERITY_LABELS,
  STATUS_LABELS,
  type FilterOption,
} from './filter-options'
import { SearchBox } from './search-box'
import { TimeRangeControl } from './time-range-control'
import { ToggleGroup } from './toggle-group'

const SELECT =
  'h-9 w-full rounded-md border border-zinc-300 bg-white px-2 text-sm text-zinc-900 focus:border-indigo-500 focus:ring-2 focus:ring-indigo-500/30 focus:outline-none dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100'

export interface EventFilterBarProps {
  readonly filters: EventFilters
  readonly onChange: (next: EventFilters) => void
  /** Bumped when filters are cleared, so the search box forgets what was typed. */
  readonly resetKey: number
  readonly typeOptions: readonly FilterOption[]
  readonly deviceOptions: readonly FilterOption[]
  readonly accountOptions: readonly FilterOption[]
  readonly now: () => Instant
}

export function EventFilterBar({
  filters,
  onChange,
  resetKey,
  typeOptions,
  deviceOptions,
  accountOptions,
  now,
}: EventFilterBarProps) {
  const update = (patch: Partial<EventFilters>) => onChange({ ...filters, ...patch })
  return (
    <section
      aria-label="Filters"
      className="flex flex-col gap-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-end gap-3">
        <SearchBox key={resetKey} initial={filters.text} onSearch={(text) => update({ text })} />
        <TimeRangeControl range={filters.range} onChange={(range) => update({ range })} now={now} />
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Choice
          id="event-type"
          label="Event type"
          anyLabel="Any type"
          value={filters.type}
          options={typeOptions}
          onChange={(type) => update({ type })}
        />
        <Choice
          id="event-device"
          label="Device"
          anyLabel="Any device"
          value={filters.device}
          options={deviceOptions}
          onChange={(device) => update({ device })}
        />
        <Choice
          id="event-account"
          label="Connected account"
          anyLabel="Any account"
          value={filters.account}
          options={accountOptions}
          onChange={(account) => update({ account })}
        />
      </div>
      <ToggleGroup
        label="Category"
        options={EVENT_CATEGORIES}
        labels={CATEGORY_LABELS}
        selected={filters.categories}
        onChange={(categories) => update({ categories })}
      />
      <div className="flex flex-wrap gap-x-8 gap-y-3">
        <ToggleGroup
          label="Severity"
          options={SEVERITY_CHOICES}
          labels={SEVERITY_LABELS}
          selected={filters.severities}
          onChange={(severities) => update({ severities })}
        />
        <ToggleGroup
          label="Parsing"
          options={PARSE_STATUSES}
          labels={STATUS_LABELS}
          selected={filters.statuses}
          onChange={(statuses) => update({ statuses })}
        />
      </div>
    </section>
  )
}

function Choice({
  id,
  label,
  anyLabel,
  value,
  options,
  onChange,
}: {
  id: string
  label: string
  anyLabel: string
  value: string
  options: readonly FilterOption[]
  onChange: (value: string) => void
}) {
  return (
    <div className="flex min-w-0 flex-col gap-1">
      <label htmlFor={id} className="text-xs font-medium text-zinc-600 dark:text-zinc-400">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.currentTarget.value)}
        className={SELECT}
      >
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
