// Keeps the fleet's rows in order across polls by moving only the rows that changed.
import type { FleetDeviceRow } from './device-row'

/** Past this many changed rows a plain sort is as quick as inserting them one by one. */
const MAX_INSERTS = 64

/**
 * `next` in `compare` order, starting from `previous` (the last result, already in that order):
 * rows still present keep their places, the new or rebuilt ones are inserted by binary search.
 * A poll that rebuilds a few of 5,000 rows then costs a pass over the list, not a full sort.
 */
export function resortRows(
  previous: readonly FleetDeviceRow[],
  next: readonly FleetDeviceRow[],
  compare: (a: FleetDeviceRow, b: FleetDeviceRow) => number,
): FleetDeviceRow[] {
  const present = new Set(next)
  const kept = previous.filter((row) => present.has(row))
  const added = next.length - kept.length
  if (added > MAX_INSERTS || kept.length + added !== next.length) return next.slice().sort(compare)
  if (added === 0) return kept
  const old = new Set(kept)
  for (const row of next) {
    if (old.has(row)) continue
    let low = 0
    let high = kept.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (compare(kept[middle]!, row) <= 0) low = middle + 1
      else high = middle
    }
    kept.splice(low, 0, row)
  }
  return kept
}
