import { describe, expect, it } from 'vitest'
import { judgePage, MAX_PAGES_PER_POLL, type PageRead } from './paging-rule'

const page = (overrides: Partial<PageRead>): PageRead => ({
  page: 1,
  asked: 100,
  returned: 100,
  newIds: 100,
  afterShortPage: false,
  ...overrides,
})

describe('judgePage', () => {
  it('reads on after a full page of new events, and remembers Seam served that many', () => {
    expect(judgePage(page({}), 0)).toEqual({ verdict: { next: 'page' }, longestServed: 100 })
  })

  it('ends on an empty page and on a page longer than asked (an upstream that ignores limit)', () => {
    expect(judgePage(page({ returned: 0, newIds: 0 }), 0).verdict).toEqual({ next: 'done' })
    expect(judgePage(page({ returned: 250, newIds: 250 }), 0)).toEqual({
      verdict: { next: 'done' },
      longestServed: 250,
    })
  })

  it('trusts a short page shorter than a page Seam has served: it cannot be capped', () => {
    expect(judgePage(page({ returned: 39, newIds: 39 }), 40).verdict).toEqual({ next: 'done' })
  })

  it('reads one more page after a short page as long as any Seam served (it may be capped)', () => {
    expect(judgePage(page({ returned: 40, newIds: 40 }), 40)).toEqual({
      verdict: { next: 'page' },
      longestServed: 40,
    })
    expect(judgePage(page({ returned: 40, newIds: 40 }), 0)).toEqual({
      verdict: { next: 'page' },
      longestServed: 40,
    })
    // The page after it: empty, or only a repeat (an upstream that ignores offsets), ends the poll.
    expect(
      judgePage(page({ page: 2, returned: 0, newIds: 0, afterShortPage: true }), 40).verdict,
    ).toEqual({ next: 'done' })
    expect(
      judgePage(page({ page: 2, returned: 40, newIds: 0, afterShortPage: true }), 40).verdict,
    ).toEqual({ next: 'done' })
    // More followed: Seam caps at 40; this page is as long as the cap, so read on.
    expect(
      judgePage(page({ page: 2, returned: 40, newIds: 40, afterShortPage: true }), 40).verdict,
    ).toEqual({ next: 'page' })
  })

  it('cuts a poll short when a full page repeats itself, or after the page limit', () => {
    expect(judgePage(page({ page: 3, newIds: 0 }), 100).verdict).toEqual({
      next: 'cut-short',
      reason: 'page 3 of /events/list repeated events already read (is unstable_offset ignored?)',
    })
    expect(judgePage(page({ page: MAX_PAGES_PER_POLL }), 100).verdict).toEqual({
      next: 'cut-short',
      reason: `stopped after ${MAX_PAGES_PER_POLL} pages in one poll`,
    })
  })
})
