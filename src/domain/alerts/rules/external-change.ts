// Changes made outside Seam: a code changed or deleted on the device or app, a device removed.
import type { ParsedEvent } from '../../events/parsed-event'
import { HOUR_MS } from '../alert-config'
import { accessCodeWords, timesSuffix } from '../alert-words'
import { pairedRule } from './paired-rule'

const WHAT: Readonly<Record<string, (code: string) => string>> = {
  'access_code.modified_external_to_seam': (code) => `${code} changed outside Seam`,
  'access_code.deleted_external_to_seam': (code) => `${code} deleted outside Seam`,
  'device.removed': () => 'removed outside Seam',
}

/**
 * Nothing reports that such a change was looked at, so the alert expires
 * `externalChangeExpiryHours` after the last change of the same kind (and the same code).
 */
export const externalChangeAlerts = pairedRule({
  rule: 'external_change',
  opens: {
    'access_code.modified_external_to_seam': 'warning',
    'access_code.deleted_external_to_seam': 'warning',
    'device.removed': 'warning',
  },
  closes: {},
  key: (event: ParsedEvent) => `${event.type}:${event.details?.accessCodeId ?? ''}`,
  expireAfterMs: ({ config }) => config.externalChangeExpiryHours * HOUR_MS,
  expiredWhy: ({ config }) => `expired ${config.externalChangeExpiryHours} h after the change`,
  title: (subject, episode) => {
    const opening = episode.opening
    const what =
      WHAT[opening.type]?.(accessCodeWords(opening.details?.accessCodeId)) ?? opening.type
    const separator = opening.type === 'device.removed' ? ' ' : ': '
    return `${subject.name}${separator}${what}${timesSuffix(episode.occurrences.length)}`
  },
})
