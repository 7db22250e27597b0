import { describe, expect, it } from 'vitest'
import {
  capEventSize,
  MAX_ARRAY_ITEMS,
  MAX_EVENT_JSON_CHARS,
  MAX_STRING_CHARS,
} from './cap-event-size'

const base = {
  event_id: 'evt_1',
  event_type: 'device.name_changed',
  device_id: 'dev_1',
  created_at: '2026-11-28T06:00:00.000Z',
}

describe('capEventSize', () => {
  it('returns an ordinary event as it was, serialized once', () => {
    const result = capEventSize(base)
    expect(result.truncated).toBe(false)
    expect(result.event).toBe(base)
    expect(result.json).toBe(JSON.stringify(base))
  })

  it('cuts a huge string field and says how much was cut', () => {
    const result = capEventSize({ ...base, device_name: 'x'.repeat(1_000_000) })
    expect(result.truncated).toBe(true)
    const name = (result.event as { device_name: string }).device_name
    expect(name.startsWith('x'.repeat(MAX_STRING_CHARS))).toBe(true)
    expect(name).toContain(
      `…[truncated by Doorboard: ${1_000_000 - MAX_STRING_CHARS} more characters]`,
    )
    expect(result.json.length).toBeLessThan(MAX_STRING_CHARS + 500)
    expect((result.event as { event_id: string }).event_id).toBe('evt_1')
  })

  it('keeps a long list short and replaces deep nesting with a marker', () => {
    let deep: unknown = 'bottom'
    for (let level = 0; level < 20; level += 1) deep = { next: deep }
    const result = capEventSize({
      ...base,
      items: Array.from({ length: 5_000 }, (_, i) => i),
      deep,
    })
    expect(result.truncated).toBe(true)
    const event = result.event as { items: unknown[]; deep: unknown }
    expect(event.items).toHaveLength(MAX_ARRAY_ITEMS + 1)
    expect(event.items.at(-1)).toBe(
      `…[truncated by Doorboard: ${5_000 - MAX_ARRAY_ITEMS} more items]`,
    )
    expect(JSON.stringify(event.deep)).toContain('truncated by Doorboard')
    expect(JSON.stringify(event.deep)).not.toContain('bottom')
  })

  it('keeps only the envelope when many fields together are still too large', () => {
    const wide = Object.fromEntries(
      Array.from({ length: 500 }, (_, i) => [`field_${i}`, 'y'.repeat(1_000)]),
    )
    const result = capEventSize({ ...base, ...wide })
    expect(result.truncated).toBe(true)
    expect(result.json.length).toBeLessThan(MAX_EVENT_JSON_CHARS)
    expect(result.event).toMatchObject(base)
    expect((result.event as Record<string, unknown>).doorboard_truncated).toMatch(
      /too large to show/,
    )
  })

  it('survives nesting deep enough to overflow JSON.stringify', () => {
    let deep: unknown = 0
    for (let level = 0; level < 200_000; level += 1) deep = [deep]
    const result = capEventSize({ ...base, deep })
    expect(result.truncated).toBe(true)
    expect(JSON.parse(result.json)).toMatchObject(base)
  })
})
