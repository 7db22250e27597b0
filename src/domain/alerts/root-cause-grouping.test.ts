import { describe, expect, it } from 'vitest'
import type { DisconnectReason } from '../events/parsed-event'
import type { Alert } from './alert'
import { createAlert } from './alert'
import { DEFAULT_ALERT_CONFIG } from './alert-config'
import type { OfflineFact, RootCauseInput } from './root-cause-grouping'
import { groupRootCauses } from './root-cause-grouping'
import { minutes, seamEvent } from './test-events'

function offlineFact(
  deviceId: string,
  atMinute: number,
  reason: DisconnectReason,
  extra: Partial<OfflineFact> = {},
): OfflineFact {
  const opening = seamEvent('device.disconnected', atMinute, {
    device_id: deviceId,
    error_code: reason,
  })
  const alert = createAlert({
    rule: 'device_offline',
    severity: reason === 'hub_disconnected' ? 'critical' : 'warning',
    subject: { kind: 'device', id: deviceId, name: deviceId },
    title: `${deviceId} offline`,
    opening,
    end: undefined,
  })
  return {
    alert,
    deviceId,
    accountId: 'acct',
    hubId: undefined,
    hubName: undefined,
    reason,
    isLock: true,
    ...extra,
  }
}

function group(offline: OfflineFact[], more: Partial<RootCauseInput> = {}) {
  return groupRootCauses({
    offline,
    accountAlerts: [],
    deviceName: () => undefined,
    config: DEFAULT_ALERT_CONFIG,
    ...more,
  })
}

describe('groupRootCauses', () => {
  it('names a hub missing from the inventory by the hub_name its devices carry', () => {
    const behindHub = { hubId: 'hub_9', hubName: 'Pool house bridge' }
    const { incidents } = group([
      offlineFact('cam_1', 0, 'hub_disconnected', { ...behindHub, isLock: false }),
      offlineFact('lock_1', 1, 'hub_disconnected', behindHub),
    ])
    expect(incidents.map((i) => [i.subject, i.title])).toEqual([
      [
        { kind: 'hub', id: 'hub_9', name: 'Pool house bridge' },
        "Hub 'Pool house bridge' offline: 2 devices unreachable",
      ],
    ])
  })

  it('requires the configured number of devices for a hub outage', () => {
    const facts = [offlineFact('a', 0, 'hub_disconnected'), offlineFact('b', 1, 'hub_disconnected')]
    const config = { ...DEFAULT_ALERT_CONFIG, incidentMinDevices: 3 }
    expect(group(facts, { config }).incidents).toEqual([])
    expect(group(facts).incidents).toHaveLength(1)
  })

  it('chains hub drops each within the window of the one before into one outage', () => {
    const facts = [0, 2, 4, 6].map((m, i) => offlineFact(`lock_${i}`, m, 'hub_disconnected'))
    const { incidents, incidentOf } = group(facts)
    expect(incidents.map((i) => i.deviceIds)).toEqual([['lock_0', 'lock_1', 'lock_2', 'lock_3']])
    expect(facts.every((f) => incidentOf.get(f.alert.id) === incidents[0]!.id)).toBe(true)
  })

  it('keeps hubs apart even when they drop at the same moment', () => {
    const facts = [
      offlineFact('a1', 0, 'hub_disconnected', { hubId: 'hub_a' }),
      offlineFact('a2', 0, 'hub_disconnected', { hubId: 'hub_a' }),
      offlineFact('b1', 0, 'hub_disconnected', { hubId: 'hub_b' }),
      offlineFact('b2', 0, 'hub_disconnected', { hubId: 'hub_b' }),
    ]
    const { incidents } = group(facts)
    expect(incidents.map((i) => [i.subject.id, i.deviceIds])).toEqual([
      ['hub_a', ['a1', 'a2']],
      ['hub_b', ['b1', 'b2']],
    ])
  })

  it('makes no account incident when none of its devices has an offline alert', () => {
    const accountAlert: Alert = createAlert({
      rule: 'account_disconnected',
      severity: 'critical',
      subject: { kind: 'account', id: 'acct', name: 'Harbor' },
      title: 'Account disconnected',
      opening: seamEvent('connected_account.disconnected', 0),
      end: undefined,
    })
    const elsewhere = offlineFact('x', 0, 'account_disconnected', { accountId: 'other' })
    expect(group([elsewhere], { accountAlerts: [accountAlert] }).incidents).toEqual([])
    const mine = offlineFact('y', 0, 'account_disconnected')
    const { incidents } = group([mine], { accountAlerts: [accountAlert] })
    expect(incidents.map((i) => [i.openedAt, i.title])).toEqual([
      [minutes(0), "Account 'Harbor' disconnected: 1 lock unreachable"],
    ])
  })
})
