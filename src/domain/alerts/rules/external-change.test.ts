import { describe, expect, it } from 'vitest'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { externalChangeAlerts } from './external-change'

const HOUR = 60

describe('externalChangeAlerts', () => {
  it('opens a warning for each kind of change made outside Seam', () => {
    const events = [
      seamEvent('access_code.modified_external_to_seam', 0, { access_code_id: 'code_a' }),
      seamEvent('access_code.deleted_external_to_seam', 1, { access_code_id: 'code_b' }),
      seamEvent('device.removed', 2),
    ]
    const alerts = externalChangeAlerts(ruleInput(events, 10))
    expect(alerts.map((a) => [a.severity, a.title, a.resolvedAt])).toEqual([
      ['warning', 'Front door: access code code_a changed outside Seam', null],
      ['warning', 'Front door: access code code_b deleted outside Seam', null],
      ['warning', 'Front door removed outside Seam', null],
    ])
  })

  it('folds repeats for the same code and expires a day after the last', () => {
    const events = [
      seamEvent('access_code.modified_external_to_seam', 0, { access_code_id: 'code_a' }),
      seamEvent('access_code.modified_external_to_seam', HOUR, { access_code_id: 'code_a' }),
    ]
    const alerts = externalChangeAlerts(ruleInput(events, 30 * HOUR))
    expect(alerts.map((a) => [a.title, a.resolvedAt, a.resolvedBy?.why])).toEqual([
      [
        'Front door: access code code_a changed outside Seam (2 times)',
        minutes(25 * HOUR),
        'expired 24 h after the change',
      ],
    ])
  })
})
