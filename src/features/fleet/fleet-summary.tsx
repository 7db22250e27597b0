// The counts on top of the fleet overview: how many devices are online, offline, flaky, low on battery.
import type { FleetSummary as Summary } from './group-fleet'

interface Figure {
  readonly label: string
  readonly value: number
  /** Colour the figure only when it is not zero and means trouble. */
  readonly tone: 'plain' | 'good' | 'warning' | 'critical'
}

const VALUE_CLASSES: Readonly<Record<Figure['tone'], string>> = {
  plain: 'text-zinc-900 dark:text-zinc-100',
  good: 'text-emerald-700 dark:text-emerald-400',
  warning: 'text-amber-700 dark:text-amber-300',
  critical: 'text-red-700 dark:text-red-400',
}

function figures(summary: Summary): Figure[] {
  const list: Figure[] = [
    { label: 'Devices', value: summary.devices, tone: 'plain' },
    { label: 'Online', value: summary.online, tone: summary.online > 0 ? 'good' : 'plain' },
    { label: 'Offline', value: summary.offline, tone: summary.offline > 0 ? 'critical' : 'plain' },
    { label: 'Flaky', value: summary.flaky, tone: summary.flaky > 0 ? 'warning' : 'plain' },
    {
      label: 'Low battery',
      value: summary.lowBattery,
      tone: summary.lowBattery > 0 ? 'warning' : 'plain',
    },
  ]
  if (summary.unknown > 0)
    list.push({ label: 'Not reporting', value: summary.unknown, tone: 'plain' })
  list.push({
    label: 'Accounts with problems',
    value: summary.accountsWithProblems,
    tone: summary.accountsWithProblems > 0 ? 'critical' : 'plain',
  })
  return list
}

export function FleetSummary({ summary }: { summary: Summary }) {
  return (
    <section aria-label="Fleet summary">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        {figures(summary).map((figure) => (
          <div
            key={figure.label}
            className="rounded-lg border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">{figure.label}</dt>
            <dd
              className={`mt-1 text-2xl font-semibold tabular-nums ${VALUE_CLASSES[figure.tone]}`}
            >
              {figure.value}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
