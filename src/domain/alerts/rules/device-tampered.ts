// Tampering: a possible break-in, critical, kept open a day since no event can say it is over.
import { HOUR_MS } from '../alert-config'
import { timesSuffix } from '../alert-words'
import { pairedRule } from './paired-rule'

/**
 * Only a person can say a tampered device is fine, and Doorboard has no acknowledgement yet. So
 * nothing resolves it: it stays open `tamperExpiryHours` after the last tampering, then resolves
 * as expired. Tampering again while open extends the same alert.
 */
export const deviceTamperedAlerts = pairedRule({
  rule: 'device_tampered',
  opens: { 'device.tampered': 'critical' },
  closes: {},
  expireAfterMs: ({ config }) => config.tamperExpiryHours * HOUR_MS,
  expiredWhy: ({ config }) =>
    `expired ${config.tamperExpiryHours} h after the last tampering (no acknowledgement yet)`,
  title: (subject, episode) =>
    `${subject.name} tampered with${timesSuffix(episode.occurrences.length)}`,
})
