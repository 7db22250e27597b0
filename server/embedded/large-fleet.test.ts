import { describe, expect, it } from 'vitest'
import { KNOWN_EVENT_TYPES } from '../../src/domain/events/event-types'
import { parseSeamEvents } from '../../src/domain/events/parse-event'
import { generateLargeFleet } from './large-fleet'

const END = Date.UTC(2026, 0, 10)

describe('generateLargeFleet', () => {
  // One fleet of the full shape with a smaller history keeps the test quick.
  const fleet = generateLargeFleet({ end: END, events: 30_000 })

  it('has 50 accounts and 5,000 devices with unique ids, hubs in the inventory', () => {
    expect(fleet.accounts).toHaveLength(50)
    expect(fleet.devices).toHaveLength(5_000)
    expect(new Set(fleet.devices.map((d) => d.device_id)).size).toBe(5_000)
    const ids = new Set(fleet.devices.map((d) => d.device_id))
    const hubs = fleet.devices
      .map((d) => d.custom_metadata.hub_device_id)
      .filter((h) => h !== undefined)
    expect(hubs.length).toBe(50 * 40)
    for (const hub of hubs) expect(ids.has(hub as string)).toBe(true)
  })

  it('covers every documented event type, and every event parses as known', () => {
    const types = new Set(fleet.events.map((event) => event.event_type))
    expect([...KNOWN_EVENT_TYPES].filter((type) => !types.has(type))).toEqual([])
    const parsed = parseSeamEvents(fleet.events)
    expect(parsed.filter((event) => event.status !== 'known')).toEqual([])
  })

  it('spreads the events over the span, oldest first, before the end', () => {
    expect(fleet.events).toHaveLength(30_000)
    const times = fleet.events.map((event) => Date.parse(event.created_at as string))
    for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1] as number)
    expect(times[0]).toBeGreaterThanOrEqual(END - 6 * 86_400_000)
    expect(times.at(-1)).toBeLessThan(END)
  })

  it('is the same for the same seed and differs for another', () => {
    const again = generateLargeFleet({ end: END, events: 2_000 })
    const same = generateLargeFleet({ end: END, events: 2_000 })
    const other = generateLargeFleet({ end: END, events: 2_000, seed: 7 })
    expect(JSON.stringify(same)).toBe(JSON.stringify(again))
    expect(other.events.map((e) => e.event_id)).not.toEqual(again.events.map((e) => e.event_id))
  })

  it('adds undocumented and malformed events only when asked', () => {
    const odd = generateLargeFleet({ end: END, events: 5_000, oddShare: 0.05 })
    const statuses = new Set(parseSeamEvents(odd.events).map((event) => event.status))
    expect(statuses).toEqual(new Set(['known', 'unknown', 'invalid']))
  })

  it('leaves devices in the state their last events say', () => {
    const last = new Map<string, string>()
    for (const event of fleet.events) {
      const type = event.event_type
      if (type === 'device.connected' || type === 'device.disconnected') {
        last.set(event.device_id as string, type)
      }
    }
    let checked = 0
    for (const device of fleet.devices) {
      const type = last.get(device.device_id)
      if (type === undefined) continue
      expect(device.properties.online).toBe(type === 'device.connected')
      checked++
    }
    expect(checked).toBeGreaterThan(100)
  })
})
