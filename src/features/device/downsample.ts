// Caps on what a timeline draws, so weeks of dense events still render as a few hundred shapes.
import type { Instant } from '../../domain/events/parsed-event'
import type { TimeWindow } from '../../domain/timelines/state-interval'

/**
 * At most about `maxPoints` of `points` (sorted by `at`): the window is cut into buckets and each
 * keeps its lowest and highest value in time order, so dips and recoveries survive. Points are
 * returned unchanged when there are few enough.
 */
export function downsampleMinMax<P extends { readonly at: Instant; readonly value: number }>(
  points: readonly P[],
  maxPoints: number,
): P[] {
  if (points.length <= maxPoints || maxPoints < 4) return [...points]
  const first = points[0]!
  const last = points[points.length - 1]!
  const buckets = Math.floor(maxPoints / 2)
  const span = Math.max(1, last.at - first.at)
  const out: P[] = []
  let index = 0
  for (let bucket = 0; bucket < buckets && index < points.length; bucket++) {
    const end = bucket === buckets - 1 ? Infinity : first.at + (span * (bucket + 1)) / buckets
    let low: P | undefined
    let high: P | undefined
    for (; index < points.length && points[index]!.at < end; index++) {
      const point = points[index]!
      if (low === undefined || point.value < low.value) low = point
      if (high === undefined || point.value > high.value) high = point
    }
    if (low === undefined || high === undefined) continue
    if (low === high) out.push(low)
    else if (low.at <= high.at) out.push(low, high)
    else out.push(high, low)
  }
  return out
}

/** Marks that fall into one slot of the track: drawn as one mark with a count. */
export interface MarkCluster<M> {
  /** The cluster's position, 0..1 across the window (its first mark's). */
  readonly position: number
  readonly from: Instant
  readonly to: Instant
  /** Oldest first. */
  readonly marks: readonly M[]
}

/**
 * Groups the marks inside `window` into at most `slots` clusters by position, so a burst of
 * hundreds of unlocks is one mark saying "312". Marks outside the window are dropped.
 */
export function clusterMarks<M extends { readonly at: Instant }>(
  marks: readonly M[],
  window: TimeWindow,
  slots: number,
): MarkCluster<M>[] {
  const span = window.to - window.from
  if (span <= 0 || slots < 1) return []
  const bySlot = new Map<number, M[]>()
  for (const mark of marks) {
    if (mark.at < window.from || mark.at > window.to) continue
    const slot = Math.min(slots - 1, Math.floor(((mark.at - window.from) / span) * slots))
    const list = bySlot.get(slot)
    if (list === undefined) bySlot.set(slot, [mark])
    else list.push(mark)
  }
  return [...bySlot.keys()]
    .sort((a, b) => a - b)
    .map((slot) => {
      const list = bySlot.get(slot)!.sort((a, b) => a.at - b.at)
      const from = list[0]!.at
      return {
        position: (from - window.from) / span,
        from,
        to: list[list.length - 1]!.at,
        marks: list,
      }
    })
}
