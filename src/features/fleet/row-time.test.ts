import { describe, expect, it } from 'vitest'
import { formatTimestamp } from '../../lib/format-time'
import { rowTimestamp } from './row-time'

describe('rowTimestamp', () => {
  it('reads as the shared full timestamp does', () => {
    const at = Date.UTC(2025, 10, 3, 14, 2, 7)
    expect(rowTimestamp(at)).toBe(formatTimestamp(at))
    expect(rowTimestamp(at)).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/)
  })
})
