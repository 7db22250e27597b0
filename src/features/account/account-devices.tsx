// The account's devices with their state now; each name opens the device page.
import { Link } from 'react-router'
import { BatteryBadge, ConnectivityBadge, LockBadge } from '../../components/status-badge'
import { StatusPill } from '../../components/status-pill'
import type { Instant } from '../../domain/events/parsed-event'
import type { AccountDeviceRow } from './account-view-model'

const HEAD =
  'px-4 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400'

export function AccountDevices({
  devices,
  now,
}: {
  devices: readonly AccountDeviceRow[]
  now: Instant
}) {
  return (
    <section
      aria-labelledby="account-devices-heading"
      className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
    >
      <h2 id="account-devices-heading" className="px-4 pt-4 text-base font-semibold">
        Devices{' '}
        <span className="text-sm font-normal text-zinc-500 dark:text-zinc-400">
          ({devices.length})
        </span>
      </h2>
      {devices.length === 0 ? (
        <p className="px-4 py-4 text-sm text-zinc-500 dark:text-zinc-400">
          Seam lists no devices for this account, and no events of one are kept.
        </p>
      ) : (
        <div className="mt-2 overflow-x-auto">
          <table className="w-full min-w-[720px] text-sm">
            <caption className="sr-only">Devices of this account</caption>
            <thead className="border-b border-zinc-200 dark:border-zinc-800">
              <tr>
                <th scope="col" className={HEAD}>
                  Device
                </th>
                <th scope="col" className={HEAD}>
                  Connectivity
                </th>
                <th scope="col" className={HEAD}>
                  Battery
                </th>
                <th scope="col" className={HEAD}>
                  Lock
                </th>
                <th scope="col" className={HEAD}>
                  Open alerts
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
              {devices.map((device) => (
                <tr key={device.id}>
                  <th scope="row" className="px-4 py-2.5 text-left align-top font-normal">
                    <Link
                      to={`/devices/${encodeURIComponent(device.id)}`}
                      className="font-medium text-indigo-700 hover:underline dark:text-indigo-300"
                    >
                      {device.name}
                    </Link>
                    <span className="block text-xs text-zinc-500 dark:text-zinc-400">
                      {device.kind}
                    </span>
                  </th>
                  <td className="px-4 py-2.5 align-top">
                    <ConnectivityBadge connectivity={device.status.connectivity} now={now} />
                  </td>
                  <td className="px-4 py-2.5 align-top">
                    <BatteryBadge battery={device.status.battery} />
                  </td>
                  <td className="px-4 py-2.5 align-top">
                    <LockBadge lock={device.status.lock} now={now} />
                  </td>
                  <td className="px-4 py-2.5 align-top">
                    {device.openAlerts === 0 ? (
                      <span className="text-xs text-zinc-500 dark:text-zinc-400">none</span>
                    ) : (
                      <StatusPill tone="warning">{device.openAlerts}</StatusPill>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  )
}
