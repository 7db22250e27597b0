import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import { MINUTE, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'
import { lockTimeline } from './lock'

const DEVICE = 'unit-4b'

function lockEvent(type: KnownEventType, id: string, at: number, payload: object = {}) {
  return seamEvent(type, { id, at, deviceId: DEVICE, payload })
}

const events = [
  lockEvent('lock.locked', 'e1', T0, { method: 'manual', access_code_id: null }),
  lockEvent('lock.access_denied', 'e2', T0 + MINUTE, { access_code_id: 'code-guest' }),
  lockEvent('lock.unlocked', 'e3', T0 + 2 * MINUTE, {
    method: 'keycode',
    access_code_id: 'code-guest',
  }),
  lockEvent('lock.unlocked', 'e4', T0 + 3 * MINUTE, {
    method: 'seamapi',
    access_code_id: null,
    action_attempt_id: 'attempt-1',
  }),
  lockEvent('lock.locked', 'e5', T0 + 10 * MINUTE, { method: 'future_method' }),
]

describe('lockTimeline', () => {
  it('draws each lock and unlock with its method and code, and denials as points', () => {
    const timeline = lockTimeline(events, T0 + 20 * MINUTE)
    expect(timeline.intervals.map(({ cause: _cause, ...rest }) => rest)).toEqual([
      { state: 'locked', from: T0, to: T0 + 2 * MINUTE, method: 'manual' },
      {
        state: 'unlocked',
        from: T0 + 2 * MINUTE,
        to: T0 + 3 * MINUTE,
        method: 'keycode',
        accessCodeId: 'code-guest',
      },
      {
        state: 'unlocked',
        from: T0 + 3 * MINUTE,
        to: T0 + 10 * MINUTE,
        method: 'seamapi',
        actionAttemptId: 'attempt-1',
      },
      { state: 'locked', from: T0 + 10 * MINUTE, to: null, method: 'unknown' },
    ])
    expect(timeline.accessDenied).toEqual([
      { at: T0 + MINUTE, eventId: 'e2', accessCodeId: 'code-guest' },
    ])
  })

  it('stops at now', () => {
    const timeline = lockTimeline(events, T0 + 5 * MINUTE)
    expect(timeline.intervals.at(-1)).toMatchObject({ state: 'unlocked', to: null })
  })

  it('derives the same timeline from shuffled and repeated events', () => {
    const expected = lockTimeline(events, T0 + 20 * MINUTE)
    for (let seed = 1; seed <= 20; seed++) {
      expect(lockTimeline(shuffledWithRepeats(events, seed), T0 + 20 * MINUTE)).toEqual(expected)
    }
  })
})
