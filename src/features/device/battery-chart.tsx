// The battery track: the level as a recharts line over its status bands, and the drain trend dashed.
import { Line, LineChart, ResponsiveContainer, XAxis, YAxis } from 'recharts'
import type { TimeWindow } from '../../domain/timelines/state-interval'
import type { BatteryTrack } from './device-timelines'
import { BATTERY_BAND_CLASSES } from './track-words'
import { LegendItem, TrackRow, pct } from './track-row'

export function BatteryChart({
  track,
  window,
  summary,
}: {
  track: BatteryTrack
  window: TimeWindow
  summary: string
}) {
  const hasTrend = track.points.some((point) => point.trend !== undefined)
  return (
    <TrackRow
      title="Battery"
      summary={summary}
      height="h-24"
      legend={
        <>
          <LegendItem swatch="bg-indigo-500">level</LegendItem>
          {hasTrend && (
            <LegendItem swatch="bg-indigo-300 dark:bg-indigo-400/60">drain trend</LegendItem>
          )}
          <LegendItem swatch={BATTERY_BAND_CLASSES.low}>low</LegendItem>
          <LegendItem swatch={BATTERY_BAND_CLASSES.critical}>critical</LegendItem>
        </>
      }
    >
      {track.bands.map((band) =>
        band.kind === 'mixed' ? null : (
          <div
            key={`${band.from}`}
            aria-hidden="true"
            className={`absolute inset-y-0 ${BATTERY_BAND_CLASSES[band.interval.state]}`}
            style={{ left: pct(band.left), width: pct(band.width) }}
          />
        ),
      )}
      <span
        aria-hidden="true"
        className="absolute top-0.5 right-1 text-[10px] text-zinc-500 dark:text-zinc-400"
      >
        100 %
      </span>
      <span
        aria-hidden="true"
        className="absolute right-1 bottom-0.5 text-[10px] text-zinc-500 dark:text-zinc-400"
      >
        0 %
      </span>
      {track.points.length > 0 && (
        <div className="absolute inset-0 text-indigo-600 dark:text-indigo-400">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={track.points} margin={{ top: 4, right: 0, bottom: 4, left: 0 }}>
              <XAxis
                dataKey="at"
                type="number"
                domain={[window.from, window.to]}
                allowDataOverflow
                hide
              />
              <YAxis domain={[0, 100]} hide allowDataOverflow />
              <Line
                dataKey="value"
                type="stepAfter"
                stroke="currentColor"
                strokeWidth={2}
                dot={track.points.length < 40 ? { r: 2, fill: 'currentColor' } : false}
                isAnimationActive={false}
                connectNulls
              />
              {hasTrend && (
                <Line
                  dataKey="trend"
                  type="linear"
                  stroke="currentColor"
                  strokeOpacity={0.45}
                  strokeDasharray="4 3"
                  strokeWidth={1.5}
                  dot={false}
                  isAnimationActive={false}
                  connectNulls
                />
              )}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
    </TrackRow>
  )
}
