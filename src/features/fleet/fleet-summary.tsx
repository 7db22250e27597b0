// The counts on top of the fleet overview: devices online, offline, flaky, low on battery, open alerts.
import { memo } from 'react'
import { Link } from 'react-router'
import type { FleetTotals } from './fleet-rollup'

interface Figure {
  readonly label: string
  readonly value: number | undefined
  /** Colour the figure only when it is not zero and means trouble. */
  readonly tone: 'plain' | 'good' | 'warning' | 'critical'
  readonly to?: string
}

const VALUE_CLASSES: Readonly<Record<Figure['tone'], string>> = {
  plain: 'text-zinc-900 dark:text-zinc-100',
  good: 'text-emerald-700 dark:text-emerald-400',
  warning: 'text-amber-700 dark:text-amber-300',
  critical: 'text-red-700 dark:text-red-400',
}

function figures(totals: FleetTotals): Figure[] {
  const alerts = totals.alerts
  const list: Figure[] = [
    { label: 'Devices', value: totals.devices, tone: 'plain' },
    { label: 'Online', value: totals.online, tone: totals.online > 0 ? 'good' : 'plain' },
    { label: 'Offline', value: totals.offline, tone: totals.offline > 0 ? 'critical' : 'plain' },
    { label: 'Flaky', value: totals.flaky, tone: totals.flaky > 0 ? 'warning' : 'plain' },
    {
      label: 'Low battery',
      value: totals.lowBattery,
      tone: totals.lowBattery > 0 ? 'warning' : 'plain',
    },
    {
      label: 'Open alerts',
      value: alerts?.count,
      tone:
        alerts === undefined || alerts.count === 0
          ? 'plain'
          : alerts.severity === 'critical'
            ? 'critical'
            : 'warning',
      to: '/alerts',
    },
    {
      label: 'Accounts with problems',
      value: totals.accountsWithProblems,
      tone: totals.accountsWithProblems > 0 ? 'critical' : 'plain',
    },
  ]
  if (totals.unknown > 0) {
    list.splice(4, 0, { label: 'Not reporting', value: totals.unknown, tone: 'plain' })
  }
  return list
}

export const FleetSummary = memo(function FleetSummary({ totals }: { totals: FleetTotals }) {
  const list = figures(totals)
  return (
    <section aria-label="Fleet summary">
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4 lg:grid-cols-7">
        {list.map((figure) => (
          <div
            key={figure.label}
            className="rounded-lg border border-zinc-200 bg-white px-4 py-3 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <dt className="text-xs font-medium text-zinc-500 dark:text-zinc-400">
              {figure.to === undefined ? (
                figure.label
              ) : (
                <Link to={figure.to} className="hover:underline">
                  {figure.label}
                </Link>
              )}
            </dt>
            <dd
              className={`mt-1 text-2xl font-semibold tabular-nums ${VALUE_CLASSES[figure.tone]}`}
            >
              {figure.value === undefined ? '–' : figure.value.toLocaleString('en')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
})
