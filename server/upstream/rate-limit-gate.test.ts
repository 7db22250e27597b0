import { describe, expect, it } from 'vitest'
import { RateLimitGate } from './rate-limit-gate'

const NOW = Date.parse('2026-11-20T12:00:00Z')

describe('RateLimitGate', () => {
  it('lets calls through until someone is told to wait', () => {
    expect(new RateLimitGate().waitMs(NOW)).toBe(0)
  })

  it('holds every caller until the time Seam asked for, then lets them through', () => {
    const gate = new RateLimitGate()
    gate.holdUntil(NOW + 7_000)
    expect(gate.waitMs(NOW)).toBe(7_000)
    expect(gate.waitMs(NOW + 6_000)).toBe(1_000)
    expect(gate.waitMs(NOW + 7_000)).toBe(0)
    expect(gate.waitMs(NOW + 60_000)).toBe(0)
  })

  it('keeps the later hold when two answers disagree, in whichever order they arrive', () => {
    const gate = new RateLimitGate()
    gate.holdUntil(NOW + 30_000)
    gate.holdUntil(NOW + 5_000)
    expect(gate.waitMs(NOW)).toBe(30_000)
    gate.holdUntil(NOW + 45_000)
    expect(gate.waitMs(NOW)).toBe(45_000)
  })

  it('ignores a time that is not a number instead of blocking forever', () => {
    const gate = new RateLimitGate()
    gate.holdUntil(Number.NaN)
    gate.holdUntil(Number.POSITIVE_INFINITY)
    expect(gate.waitMs(NOW)).toBe(0)
  })
})
