// Cursors round-trip; anything a client made up is refused rather than guessed at.
import { describe, expect, it } from 'vitest'
import { decodeCursor, encodeCursor } from './event-cursor'

const T0 = Date.parse('2026-12-01T12:00:00Z')

describe('explorer cursors', () => {
  it('round-trip, ids with any characters included', () => {
    for (const position of [
      { sortAt: T0, eventId: 'a1b2c3d4-0000-4000-8000-000000000000' },
      { sortAt: 0, eventId: 'no "time", é' },
    ]) {
      const cursor = encodeCursor(position)
      expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
      expect(decodeCursor(cursor)).toEqual(position)
    }
  })

  it('refuses what this server did not make', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url')
    for (const bad of [
      'nonsense!',
      'abc',
      encodeCursor({ sortAt: T0, eventId: 'x' }).slice(3),
      encode([T0]),
      encode([T0, 'x', 1]),
      encode(['1', 'x']),
      encode([1.5, 'x']),
      encode([T0, '']),
      encode([T0, 'x'.repeat(201)]),
      encode({ sortAt: T0, eventId: 'x' }),
      'x'.repeat(401),
    ]) {
      expect(decodeCursor(bad), bad).toBeUndefined()
    }
  })
})
