// A small seeded PRNG (mulberry32) and the draws the simulator needs, so a seed replays a run.

export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number
  /** A float in [min, max). */
  between(min: number, max: number): number
  chance(probability: number): boolean
  pick<T>(items: readonly T[]): T
  /** A random UUID (version 4 layout), as Seam's ids look. */
  uuid(): string
}

/**
 * mulberry32: 32 bits of state, period 2^32, good enough for a simulation and fast. Not for
 * secrets. Math.random() is never used, so the same seed gives the same portfolio and events.
 */
export function createSeededRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const hex = (digits: number): string => {
    let text = ''
    for (let i = 0; i < digits; i++) text += Math.floor(next() * 16).toString(16)
    return text
  }
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (probability) => next() < probability,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick() needs at least one item')
      return items[Math.floor(next() * items.length)] as T
    },
    uuid() {
      const variant = (8 + Math.floor(next() * 4)).toString(16)
      return `${hex(8)}-${hex(4)}-4${hex(3)}-${variant}${hex(3)}-${hex(12)}`
    },
  }
}

/**
 * A shuffled bag: every item comes out once per round, in a fresh random order each round. Used
 * where "rare" outcomes must still recur (each event type at least once per round), which
 * independent coin flips cannot promise.
 */
export function createShuffleBag<T>(random: Random, items: readonly T[]): { draw(): T } {
  if (items.length === 0) throw new Error('a shuffle bag needs at least one item')
  let round: T[] = []
  return {
    draw() {
      if (round.length === 0) {
        round = [...items]
        for (let i = round.length - 1; i > 0; i--) {
          const j = Math.floor(random.next() * (i + 1))
          const swap = round[i] as T
          round[i] = round[j] as T
          round[j] = swap
        }
      }
      return round.pop() as T
    },
  }
}
