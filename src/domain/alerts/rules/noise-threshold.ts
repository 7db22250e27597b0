// Noise above a threshold: info at first, a warning when it keeps triggering; it fades by itself.
import { MINUTE_MS } from '../alert-config'
import { timesSuffix } from '../alert-words'
import { lastOccurrence } from '../episodes'
import { pairedRule } from './paired-rule'

/**
 * A party is over when the sensor stops triggering: nothing reports quiet, so the alert resolves
 * `noiseAutoResolveMinutes` after the last trigger. Triggers while open join it; at
 * `noiseRepeatsForWarning` triggers it becomes a warning.
 */
export const noiseThresholdAlerts = pairedRule({
  rule: 'noise_threshold',
  opens: { 'noise_sensor.noise_threshold_triggered': 'info' },
  closes: {},
  expireAfterMs: ({ config }) => config.noiseAutoResolveMinutes * MINUTE_MS,
  expiredWhy: ({ config }) => `quiet for ${config.noiseAutoResolveMinutes} min`,
  severity: (episode, { config }) =>
    episode.occurrences.length >= config.noiseRepeatsForWarning ? 'warning' : 'info',
  title: (subject, episode) => {
    const details = lastOccurrence(episode).details
    const threshold = details?.noiseThresholdName ?? details?.noiseThresholdId
    const above = threshold === undefined ? 'its threshold' : `'${threshold}'`
    const level =
      details?.noiseLevelDecibels === undefined
        ? ''
        : `, ${Math.round(details.noiseLevelDecibels)} dB`
    return `${subject.name}: noise above ${above}${level}${timesSuffix(episode.occurrences.length)}`
  },
})
