import { describe, expect, it } from 'vitest'
import { fnv1a64Hex } from './fnv-hash'

describe('fnv1a64Hex', () => {
  it('matches the FNV-1a 64 reference values for ASCII text', () => {
    expect(fnv1a64Hex('')).toBe('cbf29ce484222325')
    expect(fnv1a64Hex('a')).toBe('af63dc4c8601ec8c')
    expect(fnv1a64Hex('foobar')).toBe('85944171f73967e8')
  })

  it('is stable and tells close inputs apart', () => {
    const a = fnv1a64Hex('{"event_type":"lock.locked"}')
    expect(fnv1a64Hex('{"event_type":"lock.locked"}')).toBe(a)
    expect(fnv1a64Hex('{"event_type":"lock.lockee"}')).not.toBe(a)
    expect(a).toMatch(/^[0-9a-f]{16}$/)
  })

  it('hashes characters beyond Latin-1 without collapsing them', () => {
    expect(fnv1a64Hex('Tür')).not.toBe(fnv1a64Hex('Tur'))
    expect(fnv1a64Hex('門')).not.toBe(fnv1a64Hex('閂'))
  })

  it('has no collisions over many similar inputs', () => {
    const seen = new Set<string>()
    for (let i = 0; i < 50_000; i++) seen.add(fnv1a64Hex(`{"n":${i}}`))
    expect(seen.size).toBe(50_000)
  })
})
