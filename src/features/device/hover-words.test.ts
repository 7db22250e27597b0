import { describe, expect, it } from 'vitest'
import { hoverWords } from './hover-words'

describe('hoverWords', () => {
  it('says each track’s state in words', () => {
    expect(
      hoverWords({
        at: 0,
        connectivity: { state: 'offline', reason: 'hub_disconnected', from: 0, to: null },
        battery: { at: 0, level: 0.456, status: 'low' },
        lock: { state: 'unlocked', method: 'keycode', from: 0, to: null },
      }),
    ).toEqual(['Offline: hub disconnected', 'Battery 46 % (low)', 'Unlocked with keypad code'])
  })

  it('says connectivity is not known when no event tells', () => {
    expect(hoverWords({ at: 0 })).toEqual(['Connectivity not known'])
  })
})
