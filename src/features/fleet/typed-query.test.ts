import { describe, expect, it } from 'vitest'
import { isPending, shownQuery, typeQuery, type TypedQuery } from './typed-query'

describe('typed query', () => {
  it('shows what was typed while the URL catches up through the texts written', () => {
    let typed: TypedQuery | undefined
    typed = typeQuery(typed, '', 'm')
    typed = typeQuery(typed, '', 'ma')
    expect(shownQuery(typed, '')).toBe('ma')
    // The first write lands: still ahead of it.
    expect(shownQuery(typed, 'm')).toBe('ma')
    typed = typeQuery(typed, 'm', 'map')
    expect(shownQuery(typed, 'ma')).toBe('map')
    expect(shownQuery(typed, 'map')).toBe('map')
  })

  it('gives way to a URL value it did not write', () => {
    const typed = typeQuery(typeQuery(undefined, 'old', 'olde'), 'old', 'older')
    expect(shownQuery(typed, 'old')).toBe('older')
    expect(shownQuery(typed, 'riverside')).toBe('riverside')
    expect(shownQuery(undefined, 'riverside')).toBe('riverside')
  })

  it('starts a new run from the URL once the last one was overtaken', () => {
    const stale = typeQuery(undefined, '', 'a')
    const next = typeQuery(stale, 'riverside', 'riversid')
    expect(next).toEqual({ text: 'riversid', base: 'riverside', written: ['riversid'] })
    // Caught up: done, the next keystroke starts over from the URL.
    const done = typeQuery(undefined, '', 'a')
    expect(isPending(done, 'a')).toBe(false)
    expect(typeQuery(done, 'a', 'ab')).toEqual({ text: 'ab', base: 'a', written: ['ab'] })
  })
})
