// Keypad disconnected: guests cannot type their codes until it reconnects.
import { pairedRule } from './paired-rule'

export const keypadDisconnectedAlerts = pairedRule({
  rule: 'keypad_disconnected',
  opens: { 'device.accessory_keypad_disconnected': 'warning' },
  closes: { 'device.accessory_keypad_connected': 'keypad reconnected' },
  title: (subject) => `${subject.name} keypad disconnected`,
})
