import { describe, expect, it } from 'vitest'
import { listEveryPage } from './list-every-page'

async function* pagesOf(pages: string[][]) {
  for (const page of pages) yield await Promise.resolve(page)
}

describe('listEveryPage', () => {
  it('joins every page, each item once', async () => {
    const items = await listEveryPage(
      pagesOf([['a', 'b'], ['b', 'c'], ['d']]),
      (id) => id,
      () => {
        throw new Error('not needed')
      },
    )
    expect(items).toEqual(['a', 'b', 'c', 'd'])
  })

  it('asks for everything at once when a page repeats what came before', async () => {
    let pagesRead = 0
    async function* stuck() {
      for (;;) {
        pagesRead++
        yield await Promise.resolve(['a', 'b'])
      }
    }
    const items = await listEveryPage(
      stuck(),
      (id) => id,
      () => Promise.resolve(['a', 'b', 'c']),
    )
    expect(items).toEqual(['a', 'b', 'c'])
    expect(pagesRead).toBe(2)
  })
})
