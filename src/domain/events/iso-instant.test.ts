import { describe, expect, it } from 'vitest'
import { parseIsoInstant } from './iso-instant'

describe('parseIsoInstant', () => {
  it("reads Seam's canonical forms exactly as Date.parse does", () => {
    for (const text of [
      '2025-01-01T00:00:00.000Z',
      '2026-11-22T22:51:58.924Z',
      '2024-02-29T23:59:59.999Z',
      '1999-12-31T12:00:00Z',
    ]) {
      expect(parseIsoInstant(text)).toBe(Date.parse(text))
    }
  })

  it('accepts other zoned ISO forms through the slow path', () => {
    expect(parseIsoInstant('2025-01-01T01:00:00+01:00')).toBe(Date.parse('2025-01-01T00:00:00Z'))
    expect(parseIsoInstant('2025-01-01T00:00:00.5Z')).toBe(Date.parse('2025-01-01T00:00:00.500Z'))
    expect(parseIsoInstant('2025-01-01T00:00Z')).toBe(Date.parse('2025-01-01T00:00:00Z'))
  })

  it('rejects text that is not a zoned ISO date-time', () => {
    for (const text of [
      '',
      '1',
      'yesterday',
      'March 3, 2025',
      '2025-01-01',
      '2025-01-01T00:00:00', // no zone: the instant would depend on the reader's clock
      '2025-13-01T00:00:00.000Z',
      '2025-02-29T00:00:00.000Z',
      '2025-02-30T00:00:00+00:00',
      '2025-01-01T24:00:00.000Z',
      '2025-01-01T00:60:00.000Z',
      '2025-01-01T24:00:00+00:00',
      '2025-01-01X00:00:00.000Z',
      '2025-01-0aT00:00:00.000Z',
      ' 2025-01-01T00:00:00.000Z',
    ]) {
      expect(parseIsoInstant(text), text).toBeUndefined()
    }
  })
})
