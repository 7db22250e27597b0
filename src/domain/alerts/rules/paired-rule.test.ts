import { describe, expect, it } from 'vitest'
import { ruleInput, seamEvent } from '../test-events'
import { pairedRule } from './paired-rule'

const keypadRule = pairedRule({
  rule: 'keypad_disconnected',
  opens: { 'device.accessory_keypad_disconnected': 'warning' },
  closes: { 'device.accessory_keypad_connected': 'keypad back' },
  title: (subject) => `${subject.name}: keypad`,
})

describe('pairedRule', () => {
  it('names the event types it reads, opening and closing', () => {
    expect([...keypadRule.eventTypes].sort()).toEqual([
      'device.accessory_keypad_connected',
      'device.accessory_keypad_disconnected',
    ])
  })

  it('finds nothing in events of other types, so a caller may skip it for them', () => {
    const others = [seamEvent('device.connected', 1), seamEvent('device.tampered', 2)]
    expect(keypadRule(ruleInput(others, 10))).toEqual([])
    const opened = keypadRule(
      ruleInput([...others, seamEvent('device.accessory_keypad_disconnected', 3)], 10),
    )
    expect(opened.map((alert) => [alert.rule, alert.resolvedAt])).toEqual([
      ['keypad_disconnected', null],
    ])
  })
})
