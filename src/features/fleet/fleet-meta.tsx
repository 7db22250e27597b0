// The line under the title: how much is shown and how old it is (inventory age ticks every second).
import type { Instant } from '../../domain/events/parsed-event'
import { formatAgo } from '../../lib/format-time'
import { useNow } from '../../lib/use-now'

export function FleetMeta({
  accounts,
  devices,
  events,
  inventoryAt,
  lastEventAt,
}: {
  accounts: number
  devices: number
  events: number
  /** When this browser last got the device list. */
  inventoryAt: Instant
  /** The newest event held, if any. */
  lastEventAt: Instant | undefined
}) {
  const now = useNow()
  return (
    <p className="text-sm text-zinc-500 dark:text-zinc-400">
      {accounts} {accounts === 1 ? 'account' : 'accounts'} · {devices.toLocaleString('en')}{' '}
      {devices === 1 ? 'device' : 'devices'} ·{' '}
      <span data-testid="fleet-event-count">{events.toLocaleString('en')} events in memory</span>
      {lastEventAt !== undefined && (
        <>
          {' '}
          · last event{' '}
          <time dateTime={new Date(lastEventAt).toISOString()}>{formatAgo(now - lastEventAt)}</time>
        </>
      )}{' '}
      · device list{' '}
      <time dateTime={new Date(inventoryAt).toISOString()}>{formatAgo(now - inventoryAt)}</time>
    </p>
  )
}
