// Device offline past the grace period: dated from the disconnection, resolved when it is back.
import type { DisconnectReason, EventDetails, ParsedEvent } from '../../events/parsed-event'
import type { Alert } from '../alert'
import { createAlert } from '../alert'
import { MINUTE_MS } from '../alert-config'
import type { EpisodeMark } from '../episodes'
import { collectEpisodes } from '../episodes'
import { formatDuration } from '../alert-words'
import type { RuleInput } from './rule-input'
import { endTime, episodeEnd } from './rule-input'

const OFFLINE: EpisodeMark = { key: 'offline', role: 'open' }
const BACK: EpisodeMark = { key: 'offline', role: 'close' }

// device.unmanaged.disconnected opens nothing: Doorboard cannot act on an unmanaged device (the
// catalogue does not call it alert-worthy). Coming back as unmanaged still ends an outage.
function classify(event: ParsedEvent): EpisodeMark | undefined {
  switch (event.type) {
    case 'device.disconnected':
      return OFFLINE
    case 'device.connected':
    case 'device.unmanaged.connected':
      return BACK
    default:
      return undefined
  }
}

/**
 * One alert per outage that lasted (or, still offline, has lasted by `now`) at least
 * `offlineGraceMinutes`. A second disconnection while offline belongs to the same outage.
 * Critical when a hub went down (it usually takes several locks with it), else a warning.
 */
export function deviceOfflineAlerts({ subject, events, now, config }: RuleInput): Alert[] {
  const grace = config.offlineGraceMinutes * MINUTE_MS
  const alerts: Alert[] = []
  for (const episode of collectEpisodes(events, classify, { now })) {
    const end = episodeEnd(episode, (closing) =>
      closing.type === 'device.unmanaged.connected'
        ? 'device came back online, as an unmanaged device'
        : 'device came back online',
    )
    const duration = endTime(end, now) - episode.opening.occurredAt
    if (duration < grace) continue
    const details = episode.opening.details
    const verb = end === undefined ? 'offline' : 'was offline'
    alerts.push(
      createAlert({
        rule: 'device_offline',
        severity: details?.disconnectReason === 'hub_disconnected' ? 'critical' : 'warning',
        subject,
        title: `${subject.name} ${verb} for ${formatDuration(duration)}${reasonWords(details)}`,
        opening: episode.opening,
        end,
      }),
    )
  }
  return alerts
}

const REASON_WORDS: Readonly<Record<Exclude<DisconnectReason, 'unknown'>, string>> = {
  account_disconnected: 'account disconnected',
  hub_disconnected: 'hub disconnected',
  device_disconnected: 'device disconnected',
}

function reasonWords(details: EventDetails | undefined): string {
  const reason = details?.disconnectReason
  if (reason === undefined) return ''
  if (reason === 'unknown') {
    // An undocumented code still tells an operator more than nothing.
    const code = details?.rawDisconnectCode
    return code ? `: ${code.slice(0, 40).replaceAll('_', ' ')}` : ''
  }
  return `: ${REASON_WORDS[reason]}`
}
