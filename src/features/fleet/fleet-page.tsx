// The home view: every connected account with its devices and their current state, counts on top.
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { healthQuery } from '../../api/get-health'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { useLiveStream } from '../../api/live/use-live-stream'
import { useNow } from '../../lib/use-now'
import { FleetDevices } from './fleet-devices'
import { FleetMeta } from './fleet-meta'
import { FleetSkeleton } from './fleet-skeleton'
import { FleetSummary } from './fleet-summary'
import { fleetTotals, rollUp, type HealthRollup } from './fleet-rollup'
import { createServerRowCache, fleetFromServer } from './server-fleet'
import { fleetViewState } from './fleet-view-state'
import { useFleetParams } from './use-fleet-params'

const MINUTE = 60_000
const NO_FLEET = { groups: [], rows: [] }

export function FleetPage() {
  // The server judges the fleet; the live stream patches this query (polled when it cannot).
  const live = useLiveStream()
  const served = useQuery(fleetQuery(live.pollMs))
  const health = useQuery(healthQuery())
  // Times in state read in minutes ("for 2 h 5 min"); a minute tick is plenty.
  const now = useNow(MINUTE)
  const [rowCache] = useState(createServerRowCache)

  const model = served.data
  const fleet = useMemo(
    () => (model === undefined ? NO_FLEET : fleetFromServer(model, rowCache)),
    [model, rowCache],
  )
  const rollups = useMemo(() => {
    const map = new Map<string, HealthRollup>()
    const badges = new Map(
      (model?.accounts ?? []).map((account) => [account.connected_account_id, account.open_alerts]),
    )
    for (const group of fleet.groups) {
      const open = badges.get(group.key)
      const badge =
        open === undefined || open.count === 0 || open.severity === null
          ? undefined
          : { count: open.count, severity: open.severity }
      map.set(group.key, rollUp(group.rows, badge, true))
    }
    return map
  }, [fleet, model])
  const totalAlerts = model?.totals.open_alerts
  const totals = useMemo(
    () =>
      fleetTotals(
        fleet.groups,
        fleet.rows,
        totalAlerts === undefined || totalAlerts.severity === null
          ? { count: 0, severity: 'info' }
          : { count: totalAlerts.count, severity: totalAlerts.severity },
      ),
    [fleet, totalAlerts],
  )
  const lastEventAt = useMemo(() => {
    let newest: number | undefined
    for (const row of model?.devices ?? []) {
      const at = row.last_event?.at
      if (at !== undefined && (newest === undefined || at > newest)) newest = at
    }
    return newest
  }, [model])
  const params = useFleetParams(fleet.rows.length)

  const state = fleetViewState({
    devicesLoaded: model !== undefined,
    accountsLoaded: model !== undefined,
    eventsLoaded: true,
    inventoryError: served.error,
    streamError: null,
    deviceCount: model?.totals.devices ?? 0,
    accountCount: model?.totals.accounts ?? 0,
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
            events={health.data?.event_count ?? 0}
            inventoryAt={served.dataUpdatedAt}
            lastEventAt={lastEventAt}
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
            onClick={() => void served.refetch()}
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
