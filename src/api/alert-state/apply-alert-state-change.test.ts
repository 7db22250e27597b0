import { describe, expect, it } from 'vitest'
import { applyAlertStateChange } from './apply-alert-state-change'
import type { AlertState } from './get-alert-state'

const NOW = 1_000_000

describe('applyAlertStateChange', () => {
  const start: AlertState = {
    acknowledgements: [{ alertId: 'a', by: 'Ana', note: 'old', at: 1 }],
    snoozes: [{ alertId: 'b', by: 'Bo', hours: 1, at: 1, until: 2 }],
  }

  it('replaces an acknowledgement of the same alert and keeps the others', () => {
    const next = applyAlertStateChange(
      start,
      { kind: 'acknowledge', alertId: 'a', by: ' Cy ', note: ' new ' },
      NOW,
    )
    expect(next.acknowledgements).toEqual([{ alertId: 'a', by: 'Cy', note: 'new', at: NOW }])
    expect(next.snoozes).toBe(start.snoozes)
  })

  it('snoozes until the chosen number of hours from now', () => {
    const next = applyAlertStateChange(
      start,
      { kind: 'snooze', alertId: 'b', by: 'Ana', hours: 8 },
      NOW,
    )
    expect(next.snoozes).toEqual([
      { alertId: 'b', by: 'Ana', hours: 8, at: NOW, until: NOW + 8 * 3_600_000 },
    ])
  })

  it('undoes each kind for its alert only', () => {
    expect(applyAlertStateChange(start, { kind: 'unacknowledge', alertId: 'a' }, NOW)).toEqual({
      acknowledgements: [],
      snoozes: start.snoozes,
    })
    expect(applyAlertStateChange(start, { kind: 'unsnooze', alertId: 'a' }, NOW)).toEqual(start)
    expect(applyAlertStateChange(start, { kind: 'unsnooze', alertId: 'b' }, NOW).snoozes).toEqual(
      [],
    )
  })
})
