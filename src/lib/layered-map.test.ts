import { describe, expect, it } from 'vitest'
import { seededRandom } from '../domain/timelines/event-fixtures'
import { LayeredMap } from './layered-map'

describe('LayeredMap.edited', () => {
  it('behaves as a copied and edited Map, version after version, leaving each version intact', () => {
    const next = seededRandom(5)
    let plain = new Map<string, number>(Array.from({ length: 300 }, (_, i) => [`k${i}`, i]))
    let layered: ReadonlyMap<string, number> = plain
    const versions: [Map<string, number>, ReadonlyMap<string, number>][] = []
    let sawLayered = false
    for (let round = 0; round < 300; round++) {
      const edits: [string, number | undefined][] = []
      for (let i = Math.floor(next() * 12); i > 0; i--) {
        const key = `k${Math.floor(next() * 360)}`
        edits.push([key, next() < 0.3 ? undefined : round * 1000 + i])
      }
      const copy = new Map(plain)
      for (const [key, value] of edits) {
        if (value === undefined) copy.delete(key)
        else copy.set(key, value)
      }
      plain = copy
      layered = LayeredMap.edited(layered, edits)
      if (layered instanceof LayeredMap) sawLayered = true
      versions.push([plain, layered])
      expect([...layered]).toEqual([...plain])
      expect(layered.size).toBe(plain.size)
    }
    expect(sawLayered).toBe(true)
    for (const [expected, version] of versions) {
      expect([...version.entries()]).toEqual([...expected.entries()])
      expect([...version.keys()]).toEqual([...expected.keys()])
      expect([...version.values()]).toEqual([...expected.values()])
      for (const key of ['k0', 'k7', 'k299', 'k350']) {
        expect(version.get(key)).toBe(expected.get(key))
        expect(version.has(key)).toBe(expected.has(key))
      }
      const seen: string[] = []
      version.forEach((_, key) => seen.push(key))
      expect(seen).toEqual([...expected.keys()])
    }
  })
})
