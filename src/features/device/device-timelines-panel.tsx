// The four timelines on one shared time axis, with a hover line read out in words and zoom by drag
// or buttons.
import type { PointerEvent, ReactNode } from 'react'
import { useMemo, useRef, useState } from 'react'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import { formatTimestamp } from '../../lib/format-time'
import type { DeviceHistory, DeviceTracks } from './device-timelines'
import { hoverReadout } from './device-timelines'
import { hoverWords } from './hover-words'
import { isWholeRange, panWindow, selectionZoom, zoomWindow } from './time-range'
import { TimeAxis } from './time-axis'
import { axisTicks, instantAt } from './time-scale'
import { TRACK_GRID, pct } from './track-row'

const BUTTON =
  'rounded-md border border-zinc-300 bg-white px-2 py-1 text-xs font-medium text-zinc-700 hover:bg-zinc-50 disabled:cursor-not-allowed disabled:opacity-40 focus-visible:outline-2 focus-visible:outline-indigo-500 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-200 dark:hover:bg-zinc-800'

export function DeviceTimelinesPanel({
  tracks,
  history,
  range,
  onZoom,
  children,
}: {
  tracks: DeviceTracks
  history: DeviceHistory
  /** The whole time range; zooming stays inside it. */
  range: TimeWindow
  onZoom: (zoom: TimeWindow | undefined) => void
  /** The track rows. */
  children: ReactNode
}) {
  const window = tracks.window
  const ref = useRef<HTMLDivElement>(null)
  const [hover, setHover] = useState<number | null>(null)
  const [drag, setDrag] = useState<{ start: number; current: number } | null>(null)
  const ticks = useMemo(() => axisTicks(window, 8), [window])
  const whole = isWholeRange(window, range)

  const fractionOf = (event: PointerEvent): number | null => {
    const track = ref.current?.querySelector('[data-track]')
    if (!track) return null
    const rect = track.getBoundingClientRect()
    const fraction = (event.clientX - rect.left) / rect.width
    return fraction < 0 || fraction > 1 ? null : fraction
  }

  const readout = hover === null ? undefined : hoverReadout(history, instantAt(hover, window))

  return (
    <section
      aria-labelledby="timelines-heading"
      className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <h2 id="timelines-heading" className="text-base font-semibold">
          Timelines
          <span className="ml-2 text-xs font-normal text-zinc-500 dark:text-zinc-400">
            {formatTimestamp(window.from).slice(0, 16)} – {formatTimestamp(window.to).slice(0, 16)}
            {!whole && ' (zoomed)'}
          </span>
        </h2>
        <div className="flex flex-wrap items-center gap-1" role="group" aria-label="Zoom">
          <button
            type="button"
            className={BUTTON}
            onClick={() => onZoom(panWindow(window, range, -0.5))}
            disabled={whole || window.from <= range.from}
          >
            ← Earlier
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => onZoom(zoomWindow(window, range, 0.5))}
          >
            Zoom in
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => onZoom(zoomWindow(window, range, 2))}
            disabled={whole}
          >
            Zoom out
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => onZoom(panWindow(window, range, 0.5))}
            disabled={whole || window.to >= range.to}
          >
            Later →
          </button>
          <button
            type="button"
            className={BUTTON}
            onClick={() => onZoom(undefined)}
            disabled={whole}
          >
            Reset zoom
          </button>
        </div>
      </div>

      <p
        className="mb-2 min-h-5 text-xs text-zinc-600 tabular-nums dark:text-zinc-300"
        aria-live="off"
      >
        {readout === undefined ? (
          <span className="text-zinc-500 dark:text-zinc-400">
            Point at the timelines for the state at that moment; drag across them to zoom.
          </span>
        ) : (
          <>
            <span className="font-semibold">{formatTimestamp(readout.at)}</span>
            {hoverWords(readout).map((part) => (
              <span key={part}> · {part}</span>
            ))}
          </>
        )}
      </p>

      <div
        ref={ref}
        className="relative flex touch-pan-y flex-col gap-3 select-none"
        onPointerMove={(event) => {
          const fraction = fractionOf(event)
          setHover(fraction)
          if (drag !== null && fraction !== null) setDrag({ ...drag, current: fraction })
        }}
        onPointerLeave={() => setHover(null)}
        onPointerDown={(event) => {
          if (event.button !== 0 || (event.target as Element).closest('button')) return
          const fraction = fractionOf(event)
          if (fraction !== null) setDrag({ start: fraction, current: fraction })
        }}
        onPointerUp={() => {
          if (drag === null) return
          setDrag(null)
          if (Math.abs(drag.current - drag.start) < 0.01) return
          const zoom = selectionZoom(
            instantAt(drag.start, window),
            instantAt(drag.current, window),
            range,
          )
          if (zoom !== undefined) onZoom(zoom)
        }}
      >
        {children}
        <TimeAxis ticks={ticks} />
        <div aria-hidden="true" className={`pointer-events-none absolute inset-0 ${TRACK_GRID}`}>
          <div />
          <div className="relative">
            {drag !== null && (
              <div
                className="absolute inset-y-0 bg-indigo-500/15 ring-1 ring-indigo-500/50"
                style={{
                  left: pct(Math.min(drag.start, drag.current)),
                  width: pct(Math.abs(drag.current - drag.start)),
                }}
              />
            )}
            {hover !== null && (
              <div
                className="absolute inset-y-0 w-px bg-zinc-900/60 dark:bg-white/70"
                style={{ left: pct(hover) }}
              />
            )}
          </div>
        </div>
      </div>
    </section>
  )
}
