// Access codes that did not reach the device, or did not leave it: per code, until it does.
import type { ParsedEvent } from '../../events/parsed-event'
import type { Alert } from '../alert'
import { accessCodeWords, timesSuffix } from '../alert-words'
import type { Episode } from '../episodes'
import { pairedRule } from './paired-rule'
import type { RuleInput } from './rule-input'

const byCode = (event: ParsedEvent) => event.details?.accessCodeId

function codeTitle(phrase: string) {
  return (subject: RuleInput['subject'], episode: Episode) =>
    `${subject.name}: ${accessCodeWords(byCode(episode.opening))} ${phrase}` +
    timesSuffix(episode.occurrences.length)
}

const SET = 'code was set on the device'
const REMOVED = 'code was removed from the device'
// A deleted code no longer needs to reach the device; it may still need to leave it.
const DELETED = 'code was deleted'

/** A guest's code is not on the lock: they cannot get in. */
export const accessCodeFailedToSetAlerts = pairedRule({
  rule: 'access_code_failed_to_set',
  opens: { 'access_code.failed_to_set_on_device': 'critical' },
  closes: { 'access_code.set_on_device': SET, 'access_code.deleted': DELETED },
  key: byCode,
  title: codeTitle('failed to set on the device'),
})

/** A departed guest's code still opens the lock. */
export const accessCodeFailedToRemoveAlerts = pairedRule({
  rule: 'access_code_failed_to_remove',
  opens: { 'access_code.failed_to_remove_from_device': 'critical' },
  closes: { 'access_code.removed_from_device': REMOVED },
  key: byCode,
  title: codeTitle('failed to be removed from the device'),
})

/** Slow, not failed yet; a failure takes over from it (its own alert). */
export const accessCodeDelayInSettingAlerts = pairedRule({
  rule: 'access_code_delay_in_setting',
  opens: { 'access_code.delay_in_setting_on_device': 'warning' },
  closes: {
    'access_code.set_on_device': SET,
    'access_code.deleted': DELETED,
    'access_code.failed_to_set_on_device': 'setting failed: see the failure alert',
  },
  key: byCode,
  title: codeTitle('is slow to set on the device'),
})

export const accessCodeDelayInRemovingAlerts = pairedRule({
  rule: 'access_code_delay_in_removing',
  opens: { 'access_code.delay_in_removing_from_device': 'warning' },
  closes: {
    'access_code.removed_from_device': REMOVED,
    'access_code.failed_to_remove_from_device': 'removal failed: see the failure alert',
  },
  key: byCode,
  title: codeTitle('is slow to be removed from the device'),
})

/** All four access code rules, for one device's events. */
export function accessCodeAlerts(input: RuleInput): Alert[] {
  return [
    ...accessCodeFailedToSetAlerts(input),
    ...accessCodeFailedToRemoveAlerts(input),
    ...accessCodeDelayInSettingAlerts(input),
    ...accessCodeDelayInRemovingAlerts(input),
  ]
}
