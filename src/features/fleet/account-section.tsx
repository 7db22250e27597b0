// One connected account on the fleet overview: its name, provider, health and devices.
import { useId } from 'react'
import { Moment } from '../../components/moment'
import { StatusPill } from '../../components/status-pill'
import type { Tone } from '../../components/tone'
import type { Instant } from '../../domain/events/parsed-event'
import type { AccountHealthLevel } from './account-health'
import { DeviceTable } from './device-table'
import type { FleetSection } from './group-fleet'

const HEALTH_TONES: Readonly<Record<AccountHealthLevel, Tone>> = {
  ok: 'good',
  warning: 'warning',
  error: 'critical',
}

function countsText(section: FleetSection): string {
  const { online, offline, flaky, unknown } = section.counts
  const total = section.devices.length
  const parts = [`${total} ${total === 1 ? 'device' : 'devices'}`]
  if (online > 0) parts.push(`${online} online`)
  if (offline > 0) parts.push(`${offline} offline`)
  if (flaky > 0) parts.push(`${flaky} flaky`)
  if (unknown > 0) parts.push(`${unknown} not reporting`)
  return parts.join(' · ')
}

export function AccountSection({ section, now }: { section: FleetSection; now: Instant }) {
  const headingId = useId()
  const health = section.health
  return (
    <section
      aria-labelledby={headingId}
      data-section={section.key}
      className="overflow-hidden rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-zinc-200 px-4 py-3 dark:border-zinc-800">
        <h2 id={headingId} className="text-base font-semibold">
          {section.title}
        </h2>
        {section.subtitle !== undefined && (
          <span className="font-mono text-xs text-zinc-500 dark:text-zinc-400">
            {section.subtitle}
          </span>
        )}
        {section.provider !== undefined && (
          <span className="rounded bg-zinc-100 px-1.5 py-0.5 text-xs font-medium text-zinc-600 dark:bg-zinc-800 dark:text-zinc-300">
            {section.provider}
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
        {health === undefined && (
          <span className="text-xs text-zinc-500 dark:text-zinc-400">
            Their connected account is not in Seam&apos;s account list.
          </span>
        )}
        <span className="ml-auto text-xs text-zinc-500 tabular-nums dark:text-zinc-400">
          {countsText(section)}
        </span>
      </header>
      {section.devices.length === 0 ? (
        <p className="px-4 py-4 text-sm text-zinc-500 dark:text-zinc-400">
          No devices in this account. Devices appear here once Seam lists them for it.
        </p>
      ) : (
        <DeviceTable caption={`Devices of ${section.title}`} rows={section.devices} now={now} />
      )}
    </section>
  )
}
