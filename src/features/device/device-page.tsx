// The device view: header, four timelines on one time axis, its pictures and clips, its events.
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { useEventStream } from '../../api/event-stream/use-event-stream'
import { useFleetAlerts } from '../../api/fleet-alerts/use-fleet-alerts'
import { connectedAccountsQuery } from '../../api/get-connected-accounts'
import { devicesQuery } from '../../api/get-devices'
import type { Device } from '../../domain/devices/device-schema'
import { deviceBatteryLevel } from '../../domain/devices/device-schema'
import { doorDevices } from '../../domain/grouping/door-devices'
import type { Instant, ParsedEvent } from '../../domain/events/parsed-event'
import { deviceStatistics } from '../../domain/statistics/device-statistics'
import type { BatterySnapshot } from '../../domain/timelines/battery'
import { useNow } from '../../lib/use-now'
import { BatteryChart } from './battery-chart'
import { ConnectivityBand } from './connectivity-band'
import { DeviceEventList } from './device-event-list'
import { deviceEventRows } from './device-event-rows'
import { DeviceHeader } from './device-header'
import { DeviceNotFound } from './device-not-found'
import { DeviceSkeleton } from './device-skeleton'
import type { DeviceSummary } from './device-summary'
import { lookUpDevice } from './device-summary'
import { deviceHistory, deviceTracks, type DoorContext } from './device-timelines'
import { DeviceTimelinesPanel } from './device-timelines-panel'
import { headerFigures } from './header-figures'
import { LockTrack } from './lock-track'
import { mediaCards } from './media-cards'
import { MediaStrip } from './media-strip'
import { MediaTrack } from './media-track'
import { MediaViewer } from './media-viewer'
import type { TimeRange } from './time-range'
import { rangeWindow, rangeWords, visibleWindow } from './time-range'
import { TimeRangePicker } from './time-range-picker'
import { trackSummaries } from './track-summaries'
import { useDeviceViewState } from './use-device-view-state'

const NO_EVENTS: readonly ParsedEvent[] = []
/** The live view counts every event received, even one stamped a little ahead of this clock. */
const LIVE = Number.POSITIVE_INFINITY
const EVENTS_PAGE = 50

export function DevicePage() {
  const { deviceId = '' } = useParams()
  const devices = useQuery(devicesQuery())
  const accounts = useQuery(connectedAccountsQuery())
  const stream = useEventStream()
  const alerts = useFleetAlerts()
  const events = stream.byDevice.get(deviceId) ?? NO_EVENTS
  const lookup = lookUpDevice({
    deviceId,
    devices: devices.data?.items,
    accounts: accounts.data?.items,
    eventsLoaded: stream.loaded || stream.error !== null,
    events,
    openAlerts: alerts?.openAlerts,
    now: LIVE,
  })

  if (lookup.kind === 'loading') {
    if (devices.error !== null) {
      return (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The device list could not be loaded: {devices.error.message}
        </p>
      )
    }
    return <DeviceSkeleton />
  }
  if (lookup.kind === 'missing') return <DeviceNotFound deviceId={deviceId} />
  const device = devices.data?.items.find((d) => d.device_id === deviceId)
  const accountId = lookup.summary.account?.id
  const door = device && doorContext(device, devices.data?.items ?? [], stream.byDevice)
  return (
    <DeviceView
      key={deviceId}
      summary={lookup.summary}
      events={events}
      accountEvents={(accountId && stream.byAccount.get(accountId)) || NO_EVENTS}
      batterySnapshot={device && batterySnapshotOf(device, devices.dataUpdatedAt)}
      door={door}
    />
  )
}

function clockStep(range: TimeRange): number {
  if (range.kind === 'custom') return 60_000
  return range.preset === '1h' ? 5_000 : range.preset === '24h' ? 15_000 : 60_000
}

function batterySnapshotOf(device: Device, at: Instant): BatterySnapshot {
  const level = deviceBatteryLevel(device)
  const status = device.properties.battery?.status ?? undefined
  return { at, ...(level !== undefined && { level }), ...(status !== undefined && { status }) }
}

/** A doorbell's door lock and cameras (custom metadata), whose events join its visits. */
function doorContext(
  device: Device,
  devices: readonly Device[],
  byDevice: ReadonlyMap<string, readonly ParsedEvent[]>,
): DoorContext | undefined {
  const { companionIds, doorOf } = doorDevices(device, devices)
  if (companionIds.length === 0) return undefined
  return { events: companionIds.flatMap((id) => byDevice.get(id) ?? NO_EVENTS), doorOf }
}

function DeviceView({
  summary,
  events,
  accountEvents,
  batterySnapshot,
  door,
}: {
  summary: DeviceSummary
  events: readonly ParsedEvent[]
  accountEvents: readonly ParsedEvent[]
  batterySnapshot: BatterySnapshot | undefined
  door: DoorContext | undefined
}) {
  const view = useDeviceViewState()
  // A wider range moves less per second: re-derive its window less often.
  const now = useNow(clockStep(view.range))
  const [eventLimit, setEventLimit] = useState(EVENTS_PAGE)
  const range = rangeWindow(view.range, now)
  const window = visibleWindow(range, view.zoom)
  const words = rangeWords(view.range)

  // The snapshot changes on every inventory poll; only its values matter.
  const snapshotKey = batterySnapshot && `${batterySnapshot.level}:${batterySnapshot.status}`
  const history = useMemo(
    () => deviceHistory(events, accountEvents, LIVE, batterySnapshot, door),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- keyed on the snapshot's values and the door's event count
    [events, accountEvents, snapshotKey, door?.events.length],
  )
  const tracks = useMemo(
    () => deviceTracks(history, { from: window.from, to: window.to }, now),
    [history, window.from, window.to, now],
  )
  const figures = useMemo(
    () =>
      headerFigures(
        deviceStatistics(events, { from: range.from, to: range.to }, now, { accountEvents }),
      ),
    [events, accountEvents, range.from, range.to, now],
  )
  const media = useMemo(
    () => mediaCards(history.media, { from: window.from, to: window.to }),
    [history, window.from, window.to],
  )
  const list = useMemo(
    () => deviceEventRows(events, { from: window.from, to: window.to }, eventLimit),
    [events, window.from, window.to, eventLimit],
  )
  const summaries = trackSummaries(tracks.counts, words, summary.status.battery.level)
  const openShot = view.media === '' ? undefined : media.shotsById.get(view.media)

  return (
    <div className="flex flex-col gap-4">
      <title>{`${summary.name} · Doorboard`}</title>
      <DeviceHeader summary={summary} figures={figures} now={now} />
      <TimeRangePicker range={view.range} onChange={view.setRange} now={now} />
      <DeviceTimelinesPanel tracks={tracks} history={history} range={range} onZoom={view.setZoom}>
        <ConnectivityBand segments={tracks.connectivity} summary={summaries.connectivity} />
        <BatteryChart track={tracks.battery} window={tracks.window} summary={summaries.battery} />
        <LockTrack bands={tracks.lockBands} marks={tracks.lockMarks} summary={summaries.lock} />
        <MediaTrack
          marks={tracks.mediaMarks}
          shotsById={media.shotsById}
          summary={summaries.media}
          onOpen={view.setMedia}
        />
      </DeviceTimelinesPanel>
      {(media.cards.length > 0 || tracks.counts.media > 0) && (
        <MediaStrip
          media={media}
          now={now}
          emptyText={`No pictures or clips in ${words}.`}
          onOpen={view.setMedia}
        />
      )}
      <DeviceEventList
        deviceId={summary.id}
        list={list}
        now={now}
        emptyText={`No events for this device in ${words}.`}
        onShowMore={() => setEventLimit((limit) => limit + EVENTS_PAGE)}
      />
      {openShot !== undefined && <MediaViewer shot={openShot} onClose={() => view.setMedia('')} />}
    </div>
  )
}
