// The home view: every connected account with its devices and their current state, counts on top.
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useEventStream } from '../../api/event-stream/use-event-stream'
import { useFleetAlerts } from '../../api/fleet-alerts/use-fleet-alerts'
import { connectedAccountsQuery } from '../../api/get-connected-accounts'
import { devicesQuery } from '../../api/get-devices'
import { healthQuery } from '../../api/get-health'
import { useNow } from '../../lib/use-now'
import { FleetDevices } from './fleet-devices'
import { FleetMeta } from './fleet-meta'
import { FleetSkeleton } from './fleet-skeleton'
import { FleetSummary } from './fleet-summary'
import { fleetTotals, rollUp, type HealthRollup } from './fleet-rollup'
import { buildFleet, createFleetRowCache } from './fleet-rows'
import { fleetViewState } from './fleet-view-state'
import { streamEventIndex } from './stream-event-index'
import { useFleetParams } from './use-fleet-params'

/** The live view counts every event received, even one stamped a little ahead of this clock. */
const LIVE = Number.POSITIVE_INFINITY

const MINUTE = 60_000
const EMPTY_LIST = { items: [], rejected: [] }

export function FleetPage() {
  const devices = useQuery(devicesQuery())
  const accounts = useQuery(connectedAccountsQuery())
  const health = useQuery(healthQuery())
  const stream = useEventStream()
  const alerts = useFleetAlerts()
  // Times in state read in minutes ("for 2 h 5 min"); a minute tick is plenty.
  const now = useNow(MINUTE)
  const [rowCache] = useState(createFleetRowCache)

  const deviceList = devices.data ?? EMPTY_LIST
  const accountList = accounts.data ?? EMPTY_LIST
  const { byDevice, byAccount, changes, snapshot } = stream
  // The index reads the whole list of events only when a full grouping needs it.
  const index = useMemo(() => streamEventIndex(snapshot), [snapshot])
  const alertsByDevice = alerts?.byDevice
  const fleet = useMemo(
    () =>
      buildFleet(
        {
          devices: deviceList.items,
          accounts: accountList.items,
          index,
          eventsByDevice: byDevice,
          eventsByAccount: byAccount,
          alertsByDevice,
          now: LIVE,
          changes,
        },
        rowCache,
      ),
    [
      deviceList.items,
      accountList.items,
      index,
      byDevice,
      byAccount,
      changes,
      alertsByDevice,
      rowCache,
    ],
  )
  const alertsByAccount = alerts?.byAccount
  const alertsTotal = alerts?.total
  const rollups = useMemo(() => {
    const map = new Map<string, HealthRollup>()
    for (const group of fleet.groups) {
      const badge =
        group.accountId === undefined ? undefined : alertsByAccount?.get(group.accountId)
      map.set(group.key, rollUp(group.rows, badge, alertsByAccount !== undefined))
    }
    return map
  }, [fleet, alertsByAccount])
  const totals = useMemo(
    () => fleetTotals(fleet.groups, fleet.rows, alertsTotal),
    [fleet, alertsTotal],
  )
  const params = useFleetParams(fleet.rows.length)

  const state = fleetViewState({
    devicesLoaded: devices.data !== undefined,
    accountsLoaded: accounts.data !== undefined,
    eventsLoaded: stream.loaded,
    inventoryError: devices.error ?? accounts.error,
    streamError: stream.error,
    deviceCount: deviceList.items.length,
    accountCount: accountList.items.length,
    upstreamStatus: health.data?.status,
  })

  return (
    <div className="flex flex-col gap-6">
      <title>Fleet · Doorboard</title>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 className="text-xl font-semibold tracking-tight">Fleet overview</h1>
        {state.kind === 'ready' && (
          <FleetMeta
            accounts={totals.accounts}
            devices={totals.devices}
            events={snapshot.size}
            inventoryAt={devices.dataUpdatedAt}
            lastEventAt={snapshot.newestAt}
          />
        )}
      </div>

      {state.kind === 'loading' && <FleetSkeleton />}

      {state.kind === 'failed' && (
        <div className="rounded-lg border border-red-300 bg-white p-6 dark:border-red-500/40 dark:bg-zinc-900">
          <h2 className="font-semibold">The fleet could not be loaded</h2>
          <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{state.message}</p>
          <button
            type="button"
            onClick={() => {
              void devices.refetch()
              void accounts.refetch()
            }}
            className="mt-4 rounded-md bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
          >
            Try again
          </button>
        </div>
      )}

      {state.kind === 'empty' && (
        <div className="rounded-lg border border-dashed border-zinc-300 px-6 py-12 text-center dark:border-zinc-700">
          <h2 className="font-semibold">{state.title}</h2>
          <p className="mx-auto mt-1 max-w-prose text-sm text-zinc-600 dark:text-zinc-400">
            {state.message}
          </p>
        </div>
      )}

      {state.kind === 'ready' && (
        <>
          <FleetSummary totals={totals} />
          {state.eventsMissing && (
            <p className="rounded-md bg-amber-50 px-4 py-2 text-sm text-amber-900 dark:bg-amber-500/10 dark:text-amber-200">
              Live events could not be loaded, so states come from Seam&apos;s device list alone and
              the last events are missing.
            </p>
          )}
          <RejectedNotice kind="device" reasons={deviceList.rejected} />
          <RejectedNotice kind="connected account" reasons={accountList.rejected} />
          <FleetDevices
            rows={fleet.rows}
            groups={fleet.groups}
            rollups={rollups}
            params={params}
            now={now}
          />
        </>
      )}
    </div>
  )
}

function RejectedNotice({ kind, reasons }: { kind: string; reasons: readonly string[] }) {
  if (reasons.length === 0) return null
  const count = reasons.length
  return (
    <details className="rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-500/40 dark:bg-amber-500/10 dark:text-amber-100">
      <summary className="cursor-pointer font-medium">
        {count} {count === 1 ? kind : `${kind}s`} from Seam could not be read and{' '}
        {count === 1 ? 'is' : 'are'} not shown
      </summary>
      <ul className="mt-2 list-disc pl-5">
        {reasons.slice(0, 20).map((reason, index) => (
          <li key={index}>{reason}</li>
        ))}
      </ul>
    </details>
  )
}
