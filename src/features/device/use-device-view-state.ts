// The device page's URL state: time range, zoom window and the open picture or clip.
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { useSearchParam } from '../../lib/use-search-param'
import type { TimeRange } from './time-range'
import { formatTimeRange, formatZoom, parseTimeRange, parseZoom } from './time-range'

export interface DeviceViewState {
  readonly range: TimeRange
  readonly zoom: TimeWindow | undefined
  /** The event id of the picture or clip open in the lightbox. */
  readonly media: string
  readonly setRange: (range: TimeRange) => void
  readonly setZoom: (zoom: TimeWindow | undefined) => void
  readonly setMedia: (eventId: string) => void
}

export function useDeviceViewState(): DeviceViewState {
  const [rangeValue] = useSearchParam('range', '24h')
  const [zoomValue, setZoomValue] = useSearchParam('zoom')
  const [media, setMedia] = useSearchParam('media')
  const [, setParams] = useSearchParams()
  const range = useMemo(() => parseTimeRange(rangeValue), [rangeValue])
  const zoom = useMemo(() => parseZoom(zoomValue), [zoomValue])

  // A new range drops the zoom in the same update: two separate writes would race.
  const setRange = useCallback(
    (next: TimeRange) => {
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          const value = formatTimeRange(next)
          if (value === '24h') updated.delete('range')
          else updated.set('range', value)
          updated.delete('zoom')
          return updated
        },
        { replace: true },
      )
    },
    [setParams],
  )
  const setZoom = useCallback(
    (next: TimeWindow | undefined) => setZoomValue(formatZoom(next)),
    [setZoomValue],
  )
  return { range, zoom, media, setRange, setZoom, setMedia }
}
