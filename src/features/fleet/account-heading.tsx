// An account's name (linking to its page), provider, health and device roll-up, as a section or card header.
import { Link } from 'react-router'
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Tone } from '../../components/tone'
import type { Instant } from '../../domain/events/parsed-event'
import type { AccountHealthLevel } from '../../domain/accounts/account-health'
import { accountPath } from './fleet-cells'
import { rollupWords, type HealthRollup } from './fleet-rollup'
import type { FleetGroupView } from './fleet-view'

const HEALTH_TONES: Readonly<Record<AccountHealthLevel, Tone>> = {
  ok: 'good',
  warning: 'warning',
  error: 'critical',
}

const ALERT_TONES = { critical: 'critical', warning: 'warning', info: 'neutral' } as const

export function AccountHeading({
  group,
  rollup,
  headingId,
  level,
  now,
  className,
}: {
  group: FleetGroupView
  rollup: HealthRollup
  headingId: string
  level: 2 | 3
  now: Instant
  className?: string
}) {
  const Heading = level === 2 ? 'h2' : 'h3'
  const health = group.health
  const alerts = rollup.alerts
  return (
    <header className={`flex flex-wrap items-center gap-x-3 gap-y-1.5 ${className ?? ''}`}>
      <Heading id={headingId} className="min-w-0 truncate text-base font-semibold">
        {group.accountId === undefined ? (
          group.title
        ) : (
          <Link
            to={accountPath(group.accountId)}
            className="rounded-sm hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-500"
          >
            {group.title}
          </Link>
        )}
      </Heading>
      {group.subtitle !== undefined && (
        <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{group.subtitle}</span>
      )}
      {group.provider !== undefined && (
        <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
          {group.provider}
        </span>
      )}
      {health !== undefined && (
        <span className="flex items-center gap-2 text-xs text-zinc-500 dark:text-zinc-400">
          <StatusPill tone={HEALTH_TONES[health.level]}>{health.text}</StatusPill>
          {health.level !== 'ok' && health.since !== undefined && (
            <Moment at={health.since} now={now} prefix="since" />
          )}
        </span>
      )}
      {alerts !== undefined && alerts.count > 0 && (
        <StatusPill tone={ALERT_TONES[alerts.severity]}>
          {alerts.count} open {alerts.count === 1 ? 'alert' : 'alerts'}
        </StatusPill>
      )}
      <span className="ml-auto text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
        {rollupWords(rollup)}
      </span>
    </header>
  )
}
