import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import type { Device } from '../../domain/devices/device-schema'
import { T0, seamEvent } from '../../domain/timelines/event-fixtures'
import { lookUpDevice } from './device-summary'

const device: Device = {
  device_id: 'lock-1',
  device_type: 'august_lock',
  connected_account_id: 'acct-1',
  errors: [],
  warnings: [],
  properties: { name: 'Front door', online: true, model: { display_name: 'Smart Lock Pro' } },
}

function alert(
  id: string,
  subjectId: string,
  severity: Alert['severity'],
  openedAt: number,
): Alert {
  return {
    id,
    rule: 'device_offline',
    severity,
    subject: { kind: 'device', id: subjectId, name: subjectId },
    title: id,
    openedAt,
    resolvedAt: null,
    openingEventId: id,
  }
}

const base = {
  deviceId: 'lock-1',
  devices: [device],
  accounts: [],
  eventsLoaded: true,
  events: [],
  openAlerts: [],
  now: T0,
}

describe('lookUpDevice', () => {
  it('waits for the inventory and the events before saying a device is missing', () => {
    expect(lookUpDevice({ ...base, deviceId: 'nope', devices: undefined }).kind).toBe('loading')
    expect(lookUpDevice({ ...base, deviceId: 'nope', eventsLoaded: false }).kind).toBe('loading')
    expect(lookUpDevice({ ...base, deviceId: 'nope' }).kind).toBe('missing')
  })

  it('names the device, its kind, model and account, with its open alerts gravest first', () => {
    const found = lookUpDevice({
      ...base,
      openAlerts: [
        alert('old-warning', 'lock-1', 'warning', T0 - 10),
        alert('other-device', 'lock-2', 'critical', T0),
        alert('critical', 'lock-1', 'critical', T0 - 20),
      ],
    })
    expect(found.kind).toBe('found')
    if (found.kind !== 'found') return
    expect(found.summary).toMatchObject({
      name: 'Front door',
      kind: 'August lock',
      model: 'Smart Lock Pro',
      account: { id: 'acct-1', name: 'acct-1' },
      removed: false,
    })
    expect(found.summary.alerts.map((a) => a.id)).toEqual(['critical', 'old-warning'])
    expect(found.summary.status.connectivity.state).toBe('online')
  })

  it('gives a removed device a page from its events, named by them', () => {
    const events = [
      seamEvent('device.deleted', {
        id: 'gone',
        at: T0,
        deviceId: 'old-lock',
        accountId: 'acct-9',
        payload: { device_name: 'Old shed' },
      }),
    ]
    const found = lookUpDevice({ ...base, deviceId: 'old-lock', events })
    expect(found.kind === 'found' && found.summary).toMatchObject({
      name: 'Old shed',
      removed: true,
      account: { id: 'acct-9' },
    })
  })
})
