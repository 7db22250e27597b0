import { describe, expect, it } from 'vitest'
import type { KnownEventType } from '../events/event-types'
import type { ParsedEvent } from '../events/parsed-event'
import { seededRandom } from '../timelines/event-fixtures'
import { compareAlerts } from './alert'
import { DEFAULT_ALERT_CONFIG, MINUTE_MS } from './alert-config'
import { nextDurationWordsChange, formatDuration } from './alert-words'
import { judgeAccount } from './judge-account'
import { judgeDevice } from './judge-device'
import { nextVerdictChange } from './next-verdict-change'
import { DEVICE_ID, minutes, seamEvent, testDevice } from './test-events'

const config = DEFAULT_ALERT_CONFIG
const device = testDevice(DEVICE_ID, 'Front door')

function judgedAt(events: readonly ParsedEvent[], now: number) {
  const { alerts } = judgeDevice({ deviceId: DEVICE_ID, device, events, now, config })
  return [...alerts].sort(compareAlerts)
}

const DEVICE_TYPES: readonly KnownEventType[] = [
  'device.disconnected',
  'device.connected',
  'device.connection_became_flaky',
  'device.connection_stabilized',
  'device.tampered',
  'lock.access_denied',
  'noise_sensor.noise_threshold_triggered',
  'access_code.modified_external_to_seam',
  'device.removed',
  'device.low_battery',
]

describe('nextDurationWordsChange', () => {
  it('names the instant the words of a duration change, minute by minute, then hourly', () => {
    const since = minutes(0)
    for (const elapsed of [0, 30_000, 59_999, 60_000, 25 * MINUTE_MS + 5, 26 * 60 * MINUTE_MS]) {
      const now = since + elapsed
      const next = nextDurationWordsChange(since, now)
      expect(next).toBeGreaterThan(now)
      expect(formatDuration(next - 1 - since)).toBe(formatDuration(elapsed))
      expect(formatDuration(next - since)).not.toBe(formatDuration(elapsed))
    }
  })
})

describe('nextVerdictChange', () => {
  it('opens an offline alert at grace expiry: the deadline is the disconnection plus the grace', () => {
    const events = [seamEvent('device.disconnected', 0)]
    const now = minutes(3)
    expect(judgedAt(events, now)).toEqual([])
    const next = nextVerdictChange({ events, alerts: [], now, config })
    expect(next).toBe(minutes(config.offlineGraceMinutes))
    expect(judgedAt(events, next! - 1)).toEqual([])
    const opened = judgedAt(events, next!)
    expect(opened.map((alert) => alert.rule)).toEqual(['device_offline'])
    expect(opened[0]!.resolvedAt).toBeNull()
  })

  it('has no deadline for a device whose alerts cannot change without an event', () => {
    const events = [seamEvent('device.connected', 0), seamEvent('device.low_battery', 5)]
    const now = minutes(60)
    const alerts = judgedAt(events, now)
    expect(alerts.map((alert) => alert.rule)).toEqual(['battery_low'])
    expect(nextVerdictChange({ events, alerts, now, config })).toBeUndefined()
  })

  it('counts an event dated after now as a deadline', () => {
    const events = [seamEvent('device.tampered', 90)]
    expect(nextVerdictChange({ events, alerts: [], now: minutes(10), config })).toBe(minutes(90))
  })

  it('never names a deadline after a real change, for random devices and moments', () => {
    const random = seededRandom(14)
    for (let round = 0; round < 300; round++) {
      const events: ParsedEvent[] = []
      const count = 1 + Math.floor(random() * 8)
      for (let k = 0; k < count; k++) {
        const type = DEVICE_TYPES[Math.floor(random() * DEVICE_TYPES.length)]!
        events.push(seamEvent(type, Math.floor(random() * 600), { event_id: `e${round}.${k}` }))
      }
      let now = minutes(Math.floor(random() * 700))
      // Walk from deadline to deadline: between two, every moment judges alike.
      for (let step = 0; step < 6; step++) {
        const alerts = judgedAt(events, now)
        const next = nextVerdictChange({ events, alerts, now, config })
        const until = next ?? now + 48 * 60 * MINUTE_MS
        for (const probe of [now + 1, Math.floor((now + until) / 2), until - 1]) {
          if (probe > now && probe < until) expect(judgedAt(events, probe)).toEqual(alerts)
        }
        if (next === undefined) break
        now = next
      }
    }
  })

  it('covers an account: a disconnection title ticks, a failed login expires', () => {
    const events = [
      seamEvent('connected_account.disconnected', 0),
      seamEvent('connect_webview.login_failed', 2),
    ]
    const now = minutes(5) + 1_000
    const judged = judgeAccount({ accountId: 'harbor_view_account', account: undefined, events, now, config })
    const next = nextVerdictChange({ events, alerts: judged.alerts, now, config })
    expect(next).toBe(minutes(6))
  })
})
