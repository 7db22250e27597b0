// Steps through the wall's pages on a timer that stops when there is one page or the wall unmounts.
import { useEffect, useState } from 'react'
import { clampPageIndex, nextPageIndex } from './wall-pages'

/** Long enough to read a screenful from across the room. */
export const PAGE_DWELL_MS = 12_000

/** The page to show now, 0 when there are no pages. */
export function usePageCycle(pageCount: number, dwellMs = PAGE_DWELL_MS): number {
  const [index, setIndex] = useState(0)
  useEffect(() => {
    if (pageCount <= 1) return undefined
    // One timer per page count: re-deriving the same pages after every poll does not restart it.
    const timer = setInterval(() => {
      setIndex((current) => nextPageIndex(clampPageIndex(current, pageCount), pageCount))
    }, dwellMs)
    return () => clearInterval(timer)
  }, [pageCount, dwellMs])
  return clampPageIndex(index, pageCount)
}
