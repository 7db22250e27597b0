import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../../events/event-types'
import { minutes, ruleInput, seamEvent } from '../test-events'
import { accessCodeAlerts } from './access-code-trouble'

const code = (type: KnownEventType, atMinute: number, accessCodeId = 'code_guest_1') =>
  seamEvent(type, atMinute, { access_code_id: accessCodeId, event_id: `${type}:${atMinute}` })

const summary = (events: ReturnType<typeof code>[], nowMinute: number) =>
  accessCodeAlerts(ruleInput(events, nowMinute)).map((a) => [
    a.rule,
    a.severity,
    a.title,
    a.resolvedAt,
    a.resolvedBy?.why,
  ])

describe('accessCodeAlerts', () => {
  it('opens a critical alert when a code fails to set', () => {
    const failed = code('access_code.failed_to_set_on_device', 0)
    expect(accessCodeAlerts(ruleInput([failed], 5))).toEqual([
      {
        id: `access_code_failed_to_set:device:front_door:${failed.id}`,
        rule: 'access_code_failed_to_set',
        severity: 'critical',
        subject: { kind: 'device', id: 'front_door', name: 'Front door' },
        title: 'Front door: access code code_guest_1 failed to set on the device',
        openedAt: minutes(0),
        resolvedAt: null,
        openingEventId: failed.id,
      },
    ])
  })

  it('resolves a failure to set when that code is later set, not when another code is', () => {
    const events = [
      code('access_code.failed_to_set_on_device', 0),
      code('access_code.set_on_device', 10, 'code_other'),
      code('access_code.set_on_device', 20),
    ]
    expect(summary(events, 30)).toEqual([
      [
        'access_code_failed_to_set',
        'critical',
        'Front door: access code code_guest_1 failed to set on the device',
        minutes(20),
        'code was set on the device',
      ],
    ])
  })

  it('resolves a failure to set when the code is deleted', () => {
    const events = [code('access_code.failed_to_set_on_device', 0), code('access_code.deleted', 20)]
    expect(summary(events, 30).map((row) => row[4])).toEqual(['code was deleted'])
  })

  it('opens a critical alert when a code fails to be removed, resolved once it is removed', () => {
    const events = [
      code('access_code.failed_to_remove_from_device', 0),
      code('access_code.failed_to_remove_from_device', 5),
      code('access_code.removed_from_device', 40),
    ]
    expect(summary(events, 60)).toEqual([
      [
        'access_code_failed_to_remove',
        'critical',
        'Front door: access code code_guest_1 failed to be removed from the device (2 times)',
        minutes(40),
        'code was removed from the device',
      ],
    ])
  })

  it('keeps a failure to remove open when the code is only deleted', () => {
    const events = [
      code('access_code.failed_to_remove_from_device', 0),
      code('access_code.deleted', 5),
    ]
    expect(summary(events, 60).map((row) => row[3])).toEqual([null])
  })

  it('warns of a delay in setting, resolved when the code is set', () => {
    const events = [
      code('access_code.delay_in_setting_on_device', 0),
      code('access_code.set_on_device', 15),
    ]
    expect(summary(events, 60)).toEqual([
      [
        'access_code_delay_in_setting',
        'warning',
        'Front door: access code code_guest_1 is slow to set on the device',
        minutes(15),
        'code was set on the device',
      ],
    ])
  })

  it('hands a delay over to the failure that follows it', () => {
    const events = [
      code('access_code.delay_in_setting_on_device', 0),
      code('access_code.failed_to_set_on_device', 15),
    ]
    expect(summary(events, 60).map((row) => [row[0], row[3], row[4]])).toEqual([
      ['access_code_failed_to_set', null, undefined],
      ['access_code_delay_in_setting', minutes(15), 'setting failed: see the failure alert'],
    ])
  })

  it('warns of a delay in removing, resolved when the code is removed', () => {
    const events = [
      code('access_code.delay_in_removing_from_device', 0),
      code('access_code.removed_from_device', 15),
    ]
    expect(summary(events, 60)).toEqual([
      [
        'access_code_delay_in_removing',
        'warning',
        'Front door: access code code_guest_1 is slow to be removed from the device',
        minutes(15),
        'code was removed from the device',
      ],
    ])
  })
})
