// The alert center's words: what caused an alert, how long it has lasted, who handled it and how.
import type { AlertRule, Incident } from '../../domain/alerts/alert'
import type { Instant, Severity } from '../../domain/events/parsed-event'
import type { Acknowledgement, AlertStatus, Snooze } from '../../domain/alerts/alert-lists'
import type { Tone } from '../../components/tone'
import { formatDuration, formatSince } from '../../lib/format-time'

export const RULE_WORDS: Readonly<Record<AlertRule, string>> = {
  device_offline: 'Device offline',
  connection_flaky: 'Flaky connection',
  battery_low: 'Battery low',
  battery_forecast: 'Battery running out',
  device_tampered: 'Tampering',
  access_denied_burst: 'Repeated access denied',
  keypad_disconnected: 'Keypad disconnected',
  subscription_required: 'Subscription required',
  third_party_integration: 'Third-party integration',
  access_code_failed_to_set: 'Access code not set',
  access_code_failed_to_remove: 'Access code not removed',
  access_code_delay_in_setting: 'Access code slow to set',
  access_code_delay_in_removing: 'Access code slow to remove',
  external_change: 'Changed outside Seam',
  noise_threshold: 'Noise',
  account_disconnected: 'Account disconnected',
  account_reauthorization_requested: 'Account needs reauthorization',
  webview_login_failed: 'Login failed',
}

export const INCIDENT_WORDS: Readonly<Record<Incident['kind'], string>> = {
  account_disconnected: 'Account disconnected',
  hub_disconnected: 'Hub offline',
}

export const STATUS_WORDS: Readonly<Record<AlertStatus, string>> = {
  open: 'Open',
  snoozed: 'Snoozed',
  acknowledged: 'Acknowledged',
  resolved: 'Resolved',
}

export const SEVERITY_WORDS: Readonly<Record<Severity, string>> = {
  critical: 'Critical',
  warning: 'Warning',
  info: 'Info',
}

export const SEVERITY_TONES: Readonly<Record<Severity, Tone>> = {
  critical: 'critical',
  warning: 'warning',
  info: 'neutral',
}

/** "open for 25 min", or "lasted 2 h 5 min" once resolved. */
export function ageWords(openedAt: Instant, resolvedAt: Instant | null, now: Instant): string {
  return resolvedAt === null
    ? `open for ${formatDuration(now - openedAt)}`
    : `lasted ${formatDuration(resolvedAt - openedAt)}`
}

/** "Acknowledged by Ana at 14:02". */
export function acknowledgedWords(ack: Acknowledgement, now: Instant): string {
  return `Acknowledged by ${ack.by} at ${formatSince(ack.at, now)}`
}

/** "Snoozed by Bo until 22:02 (8 h)". */
export function snoozedWords(snooze: Snooze, now: Instant): string {
  return `Snoozed by ${snooze.by} until ${formatSince(snooze.until, now)} (${snooze.hours} h)`
}

/** "Resolved at 14:30: device came back online". */
export function resolvedWords(resolvedAt: Instant, why: string | undefined, now: Instant): string {
  const at = `Resolved at ${formatSince(resolvedAt, now)}`
  return why === undefined || why === '' ? at : `${at}: ${why}`
}
