// One account's devices: name and kind, connectivity, battery, lock state and the last event in words.
import { memo } from 'react'
import { BatteryBadge, ConnectivityBadge, LockBadge } from '../../components/status-badge'
import { Moment } from '../../components/moment'
import type { Instant } from '../../domain/events/parsed-event'
import type { FleetDeviceRow } from './group-fleet'

const HEAD =
  'px-4 py-2 text-left text-xs font-medium tracking-wide text-zinc-500 uppercase dark:text-zinc-400'
// Opaque hover colours: the sticky first cell must hide what scrolls beneath it.
const CELL = 'px-4 py-3 align-top group-hover:bg-zinc-50 dark:group-hover:bg-zinc-800'

const SEVERITY_MARK = {
  critical: 'border-l-red-500',
  warning: 'border-l-amber-500',
  info: 'border-l-transparent',
} as const

export function DeviceTable({
  caption,
  rows,
  now,
}: {
  caption: string
  rows: readonly FleetDeviceRow[]
  now: Instant
}) {
  return (
    <div className="overflow-x-auto">
      {/* Fixed widths line the columns up across the account sections. */}
      <table className="w-full min-w-[820px] table-fixed border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <colgroup>
          <col className="w-[24%]" />
          <col className="w-[17%]" />
          <col className="w-[16%]" />
          <col className="w-[16%]" />
          <col className="w-[27%]" />
        </colgroup>
        <thead className="border-b border-zinc-200 dark:border-zinc-800">
          <tr>
            <th scope="col" className={`${HEAD} sticky left-0 bg-white dark:bg-zinc-900`}>
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
              Last event
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800/70">
          {rows.map((row) => (
            <DeviceTableRow key={row.deviceId} row={row} now={now} />
          ))}
        </tbody>
      </table>
    </div>
  )
}

// Rows keep their identity while their device is unchanged (see FleetRowCache), so a poll
// re-renders only the rows it changed.
const DeviceTableRow = memo(function DeviceTableRow({
  row,
  now,
}: {
  row: FleetDeviceRow
  now: Instant
}) {
  const mark =
    row.attention >= 4
      ? SEVERITY_MARK.critical
      : row.attention >= 2
        ? SEVERITY_MARK.warning
        : SEVERITY_MARK.info
  return (
    <tr data-device-id={row.deviceId} className="group">
      {/* Sticky so the name stays in view when a narrow screen scrolls the table sideways. */}
      <th
        scope="row"
        className={`${CELL} sticky left-0 border-l-2 bg-white text-left font-normal dark:bg-zinc-900 ${mark}`}
      >
        <span className="block font-medium text-zinc-900 dark:text-zinc-100">{row.name}</span>
        <span className="block text-xs text-zinc-500 dark:text-zinc-400">{row.kind}</span>
      </th>
      <td className={CELL}>
        <ConnectivityBadge connectivity={row.status.connectivity} now={now} />
      </td>
      <td className={CELL}>
        <BatteryBadge battery={row.status.battery} />
      </td>
      <td className={CELL}>
        {row.isLock ? (
          <LockBadge lock={row.status.lock} now={now} />
        ) : (
          <span className="text-xs text-zinc-400 dark:text-zinc-500">Not a lock</span>
        )}
      </td>
      <td className={CELL}>
        {row.lastEvent === undefined ? (
          <span className="text-xs text-zinc-500 dark:text-zinc-400">
            No events in the last 7 days
          </span>
        ) : (
          <>
            <span
              className={
                row.lastEvent.severity === 'critical'
                  ? 'block text-red-700 dark:text-red-400'
                  : row.lastEvent.severity === 'warning'
                    ? 'block text-amber-800 dark:text-amber-300'
                    : 'block text-zinc-800 dark:text-zinc-200'
              }
            >
              {row.lastEvent.text}
            </span>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              <Moment at={row.lastEvent.at} now={now} />
            </span>
          </>
        )}
      </td>
    </tr>
  )
})
