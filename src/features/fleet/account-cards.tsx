// The account roll-up cards above the one big table: each account's health at a glance, and a filter.
import { memo, useId } from 'react'
import { Link } from 'react-router'
import { StatusPill } from '../../components/status-pill'
import type { Tone } from '../../components/tone'
import { accountPath } from './fleet-cells'
import { accountCardOrder, type HealthRollup } from './fleet-rollup'
import type { FleetGroupView } from './fleet-view'

const HEALTH_TONES = {
  ok: 'good',
  warning: 'warning',
  error: 'critical',
} as const satisfies Record<string, Tone>

const FIGURE_TONES: Readonly<Record<'plain' | 'good' | 'warning' | 'critical', string>> = {
  plain: 'text-zinc-900 dark:text-zinc-100',
  good: 'text-emerald-700 dark:text-emerald-400',
  warning: 'text-amber-700 dark:text-amber-300',
  critical: 'text-red-700 dark:text-red-400',
}

function Figure({
  label,
  value,
  tone,
}: {
  label: string
  value: number | undefined
  tone: keyof typeof FIGURE_TONES
}) {
  return (
    <div>
      <dt className="text-[11px] text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd
        className={`font-semibold tabular-nums ${value ? FIGURE_TONES[tone] : FIGURE_TONES.plain}`}
      >
        {value ?? '–'}
      </dd>
    </div>
  )
}

function AccountCard({
  group,
  rollup,
  selected,
  onSelect,
}: {
  group: FleetGroupView
  rollup: HealthRollup
  selected: boolean
  onSelect: (group: FleetGroupView, selected: boolean) => void
}) {
  const headingId = useId()
  return (
    <section
      aria-labelledby={headingId}
      data-group={group.key}
      className={`flex flex-col gap-2 rounded-lg border bg-white px-3 py-2.5 dark:bg-zinc-900 ${selected ? 'border-indigo-500 ring-1 ring-indigo-500' : 'border-zinc-200 dark:border-zinc-800'}`}
    >
      <div className="flex items-center gap-2">
        <h3 id={headingId} className="min-w-0 flex-1 truncate text-sm font-semibold">
          {group.accountId === undefined ? (
            group.title
          ) : (
            <Link to={accountPath(group.accountId)} title={group.title} className="hover:underline">
              {group.title}
            </Link>
          )}
        </h3>
        {group.health !== undefined && (
          <StatusPill tone={HEALTH_TONES[group.health.level]}>{group.health.text}</StatusPill>
        )}
      </div>
      <dl className="grid grid-cols-6 gap-2 text-sm">
        <Figure label="Total" value={rollup.devices} tone="plain" />
        <Figure label="Online" value={rollup.online} tone="good" />
        <Figure label="Offline" value={rollup.offline} tone="critical" />
        <Figure label="Flaky" value={rollup.flaky} tone="warning" />
        <Figure label="Battery" value={rollup.lowBattery} tone="warning" />
        <Figure
          label="Alerts"
          value={rollup.alerts?.count}
          tone={rollup.alerts?.severity === 'critical' ? 'critical' : 'warning'}
        />
      </dl>
      <button
        type="button"
        aria-pressed={selected}
        onClick={() => onSelect(group, selected)}
        className="self-start rounded text-xs font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300"
      >
        {selected ? 'Showing only this account' : 'Show only this account'}
      </button>
    </section>
  )
}

/** Cards shown before "Show all": the accounts that need someone come first. */
export const CARDS_SHOWN = 8

// Memoized: a keystroke in the search box must not redraw fifty cards that did not change.
export const AccountCards = memo(function AccountCards({
  groups,
  rollups,
  selectedKey,
  onSelect,
  showAll,
  onShowAllChange,
}: {
  groups: readonly FleetGroupView[]
  rollups: ReadonlyMap<string, HealthRollup>
  selectedKey: string
  onSelect: (group: FleetGroupView, selected: boolean) => void
  showAll: boolean
  onShowAllChange: (showAll: boolean) => void
}) {
  const ordered = accountCardOrder(groups, rollups)
  const shown = showAll ? ordered : ordered.slice(0, CARDS_SHOWN)
  // The chosen account stays in view even when it is not among the first cards.
  const selected = ordered.find((group) => group.key === selectedKey)
  if (selected !== undefined && !shown.includes(selected)) shown.push(selected)
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-4">
        {shown.map((group) => {
          const rollup = rollups.get(group.key)
          if (rollup === undefined) return null
          return (
            <AccountCard
              key={group.key}
              group={group}
              rollup={rollup}
              selected={selectedKey === group.key}
              onSelect={onSelect}
            />
          )
        })}
      </div>
      {ordered.length > CARDS_SHOWN && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => onShowAllChange(!showAll)}
          className="self-start rounded text-sm font-medium text-indigo-700 hover:underline focus-visible:outline-2 focus-visible:outline-indigo-500 dark:text-indigo-300"
        >
          {showAll
            ? 'Show only the accounts that need attention first'
            : `Show all ${ordered.length} accounts`}
        </button>
      )}
    </div>
  )
})
