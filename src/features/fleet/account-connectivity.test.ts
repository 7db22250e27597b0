import { describe, expect, it } from 'vitest'
import { KNOWN_EVENT_TYPES } from '../../domain/events/event-types'
import type { ParsedEvent } from '../../domain/events/parsed-event'
import {
  ACCOUNT_CONNECTIVITY_TYPES,
  connectivityTimeline,
} from '../../domain/timelines/connectivity'
import { MINUTE, seamEvent, T0 } from '../../domain/timelines/event-fixtures'
import { accountConnectivity, sameConnectivityEvents } from './account-connectivity'

const NOW = T0 + 60 * MINUTE
const own = [seamEvent('device.connected', { id: 'c', at: T0, deviceId: 'gate' })]
const down = seamEvent('connected_account.disconnected', { id: 'd', at: T0 + MINUTE })
const timeline = (account: ParsedEvent[]) =>
  connectivityTimeline(own, NOW, { accountEvents: account })

describe('ACCOUNT_CONNECTIVITY_TYPES', () => {
  // The fleet keeps rows when an account's new events are none of these: this holds the domain's
  // list to what its connectivity timeline actually reads.
  it.each(KNOWN_EVENT_TYPES)('%s is listed exactly when the timeline reads it', (type) => {
    const event = seamEvent(type, { id: 'x', at: T0 + 2 * MINUTE, deviceId: undefined })
    const read =
      JSON.stringify(timeline([down, event])) !== JSON.stringify(timeline([down])) ||
      JSON.stringify(timeline([event])) !== JSON.stringify(timeline([]))
    expect(ACCOUNT_CONNECTIVITY_TYPES.has(type)).toBe(read)
  })
})

describe('sameConnectivityEvents', () => {
  it('ignores other events and tells a new connectivity event', () => {
    const reauth = seamEvent('connected_account.reauthorization_requested', {
      id: 'r',
      at: T0 + 2 * MINUTE,
    })
    expect(sameConnectivityEvents([down], [reauth, down])).toBe(true)
    expect(sameConnectivityEvents([reauth], [down, reauth])).toBe(false)
    expect(sameConnectivityEvents(undefined, [reauth])).toBe(true)
  })
})

describe('accountConnectivity', () => {
  it('gives the same array for a new list with the same connectivity events, a new one otherwise', () => {
    const reauth = seamEvent('connected_account.reauthorization_requested', {
      id: 'r',
      at: T0 + 2 * MINUTE,
    })
    const up = seamEvent('connected_account.connected', { id: 'u', at: T0 + 3 * MINUTE })
    const before = [down]
    const first = accountConnectivity(before)
    expect(first).toEqual([down])
    expect(accountConnectivity([reauth, down], before)).toBe(first)
    const changed = accountConnectivity([up, reauth, down], before)
    expect(changed).toEqual([up, down])
    expect(changed).not.toBe(first)
    // Lists without connectivity events all share one empty array.
    expect(accountConnectivity([reauth])).toBe(accountConnectivity(undefined))
  })
})
