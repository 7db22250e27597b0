// Splits the wall's problem list into screens that fit, and steps through them.
import type { WallProblem } from './wall-problems'

/** Device names per line under an incident's title. */
export const DEVICES_PER_LINE = 3

/** How many list lines fit in `heightPx` when each takes `lineHeightPx`; never less than one. */
export function lineCapacity(heightPx: number, lineHeightPx: number): number {
  if (!(lineHeightPx > 0) || !Number.isFinite(heightPx)) return 1
  return Math.max(1, Math.floor(heightPx / lineHeightPx))
}

/** Lines a problem takes: one for its title, plus lines of device names for an incident. */
export function problemLines(problem: WallProblem, devicesPerLine = DEVICES_PER_LINE): number {
  if (problem.kind === 'alert') return 1
  return 1 + Math.ceil(problem.deviceNames.length / Math.max(1, devicesPerLine))
}

/**
 * Fills pages in order; an item never splits across pages. An item taller than a page gets a
 * page of its own (its view shortens it). No items, no pages.
 */
export function paginate<T>(
  items: readonly T[],
  capacity: number,
  linesOf: (item: T) => number,
): T[][] {
  const limit = Math.max(1, Math.floor(capacity))
  const pages: T[][] = []
  let page: T[] = []
  let used = 0
  for (const item of items) {
    const lines = Math.min(limit, Math.max(1, linesOf(item)))
    if (used + lines > limit && page.length > 0) {
      pages.push(page)
      page = []
      used = 0
    }
    page.push(item)
    used += lines
  }
  if (page.length > 0) pages.push(page)
  return pages
}

/** The page after `index`, back to the first after the last; 0 when there are none. */
export function nextPageIndex(index: number, pageCount: number): number {
  if (pageCount <= 0) return 0
  return (index + 1) % pageCount
}

/** `index` kept inside the pages there are now: the list may shrink while a late page shows. */
export function clampPageIndex(index: number, pageCount: number): number {
  if (pageCount <= 0) return 0
  return Math.min(Math.max(0, index), pageCount - 1)
}
