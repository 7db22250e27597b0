import { describe, expect, it } from 'vitest'
import { createSeededRandom, createShuffleBag } from './seeded-random'

function draws(seed: number, count: number): number[] {
  const random = createSeededRandom(seed)
  return Array.from({ length: count }, () => random.next())
}

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed and differs between seeds', () => {
    expect(draws(42, 20)).toEqual(draws(42, 20))
    expect(draws(42, 20)).not.toEqual(draws(43, 20))
    for (const value of draws(7, 1000)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })

  it('draws integers with both bounds included', () => {
    const random = createSeededRandom(1)
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)))
    expect([...seen].sort()).toEqual([3, 4, 5, 6])
  })

  it('makes UUID-shaped ids', () => {
    const random = createSeededRandom(5)
    const ids = Array.from({ length: 100 }, () => random.uuid())
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    }
    expect(new Set(ids).size).toBe(100)
  })
})

describe('createShuffleBag', () => {
  it('hands out every item once per round, in varying order', () => {
    const bag = createShuffleBag(createSeededRandom(9), ['a', 'b', 'c', 'd', 'e'])
    const rounds = Array.from({ length: 4 }, () => Array.from({ length: 5 }, () => bag.draw()))
    for (const round of rounds) expect([...round].sort()).toEqual(['a', 'b', 'c', 'd', 'e'])
    expect(new Set(rounds.map((round) => round.join(''))).size).toBeGreaterThan(1)
  })
})
