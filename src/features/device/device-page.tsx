// The device view: header, four timelines on one time axis, its pictures and clips, its events.
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { useParams } from 'react-router'
import { deviceQuery, type DeviceReadModel } from '../../api/live/device-read-model'
import { fleetQuery } from '../../api/live/fleet-read-model'
import { deviceChangeKey } from '../../api/live/fleet-row-status'
import { useLiveStream } from '../../api/live/use-live-stream'
import { ProxyHttpError } from '../../api/proxy-error'
import type { Instant } from '../../domain/events/parsed-event'
import { useNow } from '../../lib/use-now'
import { BatteryChart } from './battery-chart'
import { ConnectivityBand } from './connectivity-band'
import { DeviceEventList } from './device-event-list'
import { deviceEventRows } from './device-event-rows'
import { DeviceHeader } from './device-header'
import { DeviceNotFound } from './device-not-found'
import { DeviceSkeleton } from './device-skeleton'
import { deviceSummaryOf } from './device-summary'
import { deviceTracks } from './device-timelines'
import { DeviceTimelinesPanel } from './device-timelines-panel'
import { headerFigures } from './header-figures'
import { LockTrack } from './lock-track'
import { mediaCards } from './media-cards'
import { MediaStrip } from './media-strip'
import { MediaTrack } from './media-track'
import { MediaViewer } from './media-viewer'
import { rangeHistory } from './range-history'
import { rangeRequest } from './range-request'
import type { TimeRange } from './time-range'
import { rangeWindow, rangeWords, visibleWindow } from './time-range'
import { TimeRangePicker } from './time-range-picker'
import { trackSummaries } from './track-summaries'
import { useDeviceViewState, type DeviceViewState } from './use-device-view-state'

const EVENTS_PAGE = 50

export function DevicePage() {
  const { deviceId = '' } = useParams()
  const view = useDeviceViewState()
  // A wider range moves less per second: re-derive its window less often.
  const now = useNow(clockStep(view.range))
  const { pollMs } = useLiveStream()
  // The stream patches this one shared entry; the device's row in it says when to ask again.
  const fleet = useQuery(fleetQuery(pollMs))
  const row = fleet.data?.devices.find((d) => d.device_id === deviceId)
  // The fleet has a row for every device the server knows: without one, asking would only 404.
  const unknown = fleet.data !== undefined && row === undefined
  const answer = useInfiniteQuery({
    ...deviceQuery(rangeRequest(deviceId, view.range, now), deviceChangeKey(row), pollMs),
    // Asked once the fleet has answered (or failed), so the first key is not replaced at once.
    enabled: fleet.status !== 'pending' && !unknown,
  })

  if (unknown) return <DeviceNotFound deviceId={deviceId} />

  const pages = answer.data?.pages
  const first = pages?.[0]
  if (pages === undefined || first === undefined) {
    if (answer.error instanceof ProxyHttpError && answer.error.status === 404) {
      return <DeviceNotFound deviceId={deviceId} />
    }
    if (answer.error !== null) {
      return (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          The device could not be loaded: {answer.error.message}
        </p>
      )
    }
    return <DeviceSkeleton />
  }
  return (
    <DeviceView
      key={deviceId}
      model={first}
      pages={pages}
      view={view}
      now={now}
      olderOnServer={answer.hasNextPage}
      onLoadOlder={() => void answer.fetchNextPage()}
    />
  )
}

function clockStep(range: TimeRange): number {
  if (range.kind === 'custom') return 60_000
  return range.preset === '1h' ? 5_000 : range.preset === '24h' ? 15_000 : 60_000
}

function DeviceView({
  model,
  pages,
  view,
  now,
  olderOnServer,
  onLoadOlder,
}: {
  /** The first page: the whole answer, with the newest events. */
  model: DeviceReadModel
  /** Every page loaded, the first included: further ones add the range's older events. */
  pages: readonly DeviceReadModel[]
  view: DeviceViewState
  now: Instant
  /** The range has events older than the pages loaded. */
  olderOnServer: boolean
  onLoadOlder: () => void
}) {
  const [eventLimit, setEventLimit] = useState(EVENTS_PAGE)
  const range = rangeWindow(view.range, now)
  const window = visibleWindow(range, view.zoom)
  const words = rangeWords(view.range)
  const live = view.range.kind === 'preset'

  const summary = useMemo(() => deviceSummaryOf(model.row, model.alerts), [model])
  const history = useMemo(() => rangeHistory(model, live), [model, live])
  const events = useMemo(() => pages.flatMap((page) => page.events), [pages])
  const tracks = useMemo(
    () => deviceTracks(history, { from: window.from, to: window.to }, now),
    [history, window.from, window.to, now],
  )
  const figures = useMemo(() => headerFigures(model.statistics), [model])
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
  // Pages come newest first: older events of the window may still be on the server.
  const oldestLoaded = events[events.length - 1]?.occurredAt
  const olderInWindow = olderOnServer && (oldestLoaded === undefined || oldestLoaded >= window.from)

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
        olderOnServer={olderInWindow}
        now={now}
        emptyText={`No events for this device in ${words}.`}
        onShowMore={() => {
          setEventLimit((limit) => limit + EVENTS_PAGE)
          if (list.more < EVENTS_PAGE && olderInWindow) onLoadOlder()
        }}
      />
      {openShot !== undefined && <MediaViewer shot={openShot} onClose={() => view.setMedia('')} />}
    </div>
  )
}
