// When a poll of /events/list has read its last page, and when a short page only looks like the last.

/**
 * Seam has no page cursor for events: a poll asks for `limit` events at growing `unstable_offset`s
 * until a page says it is the last. A short page usually is the last one, but Seam may serve fewer
 * than asked when it caps `limit` below our setting. A capped page holds exactly the cap, and the
 * cap is at least the longest page Seam has ever served; so a short page shorter than that is
 * surely the last, and any other short page is followed by one more request to make sure. Once
 * Seam has served one full page, no poll ever needs that extra request.
 */

/** A page this large a run is suspicious: the upstream is looping or ignoring offsets. */
export const MAX_PAGES_PER_POLL = 1_000

export interface PageRead {
  /** 1-based. */
  page: number
  asked: number
  returned: number
  /** Events in the page not already read earlier in this poll. */
  newIds: number
  /** The page before was short: this one was asked for to make sure that one was the last. */
  afterShortPage: boolean
}

export type PageVerdict =
  /** Read on at the next offset. */
  | { next: 'page' }
  /** The poll has read everything since its `since`: its cursor may be committed. */
  | { next: 'done' }
  /** The poll stopped before the end: keep what it brought, but do not move the cursor. */
  | { next: 'cut-short'; reason: string }

export interface PageJudgement {
  verdict: PageVerdict
  /** The longest page Seam has served: its cap, if it has one, is at least that. */
  longestServed: number
}

/** What to do after a page; `longestServed` is what earlier pages (of any poll) proved. */
export function judgePage(read: PageRead, longestServed: number): PageJudgement {
  const judged = (verdict: PageVerdict): PageJudgement => ({
    verdict,
    // A page longer than asked counts too: that upstream does not cap below our limit at all.
    longestServed: Math.max(longestServed, read.returned),
  })
  if (read.returned === 0) return judged({ next: 'done' })
  // More than asked: the upstream ignores `limit` (the fake does) and sent everything at once.
  if (read.returned > read.asked) return judged({ next: 'done' })
  if (read.newIds === 0) {
    // After a short page, a repeat means the short page was the last (an upstream that ignores
    // offsets repeats it). After a full page, offsets loop and the rest cannot be reached.
    return judged(
      read.afterShortPage
        ? { next: 'done' }
        : {
            next: 'cut-short',
            reason: `page ${read.page} of /events/list repeated events already read (is unstable_offset ignored?)`,
          },
    )
  }
  // Shorter than a page Seam has served before: not capped, so the last.
  if (read.returned < read.asked && read.returned < longestServed) return judged({ next: 'done' })
  if (read.page >= MAX_PAGES_PER_POLL) {
    return judged({ next: 'cut-short', reason: `stopped after ${read.page} pages in one poll` })
  }
  return judged({ next: 'page' })
}
