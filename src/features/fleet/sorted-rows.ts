// Keeps the fleet's rows in order across polls by moving only the rows that changed.
import { patchSorted } from '../../lib/patch-sorted'
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
  const old = new Set(previous)
  const leaving = previous.filter((row) => !present.has(row))
  const arriving = next.filter((row) => !old.has(row))
  if (
    arriving.length > MAX_INSERTS ||
    previous.length - leaving.length + arriving.length !== next.length
  ) {
    return next.slice().sort(compare)
  }
  return patchSorted(previous, leaving, arriving, compare)
}
