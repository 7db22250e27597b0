// One row of the shared time axis: a labelled region with its track drawn across the same width.
import type { ReactNode } from 'react'
import { useId } from 'react'

export function TrackRow({
  title,
  summary,
  children,
  legend,
  height = 'h-8',
}: {
  title: string
  /** A short line under the title ("3 changes"); also the empty-state reason. */
  summary?: string
  children: ReactNode
  legend?: ReactNode
  height?: string
}) {
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className={TRACK_GRID}>
      <div className="pt-0.5 pr-3">
        <h3 id={headingId} className="text-sm font-medium">
          {title}
        </h3>
        {summary !== undefined && (
          <p className="text-xs text-zinc-500 dark:text-zinc-400">{summary}</p>
        )}
      </div>
      <div className="min-w-0">
        <div data-track className={`relative ${height} rounded bg-zinc-100 dark:bg-zinc-800/60`}>
          {children}
        </div>
        {legend !== undefined && (
          <div className="mt-1 flex flex-wrap gap-x-3 gap-y-0.5 text-[11px] text-zinc-500 dark:text-zinc-400">
            {legend}
          </div>
        )}
      </div>
    </section>
  )
}

export function LegendItem({ swatch, children }: { swatch: string; children: ReactNode }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${swatch}`} />
      {children}
    </span>
  )
}

/** Every row of the shared axis uses these columns, so the tracks line up exactly. */
export const TRACK_GRID =
  'grid grid-cols-[8.5rem_minmax(0,1fr)] gap-x-2 sm:grid-cols-[11rem_minmax(0,1fr)]'

/** A percentage position for `left` / `width` styles. */
export function pct(fraction: number): string {
  return `${(fraction * 100).toFixed(3)}%`
}
