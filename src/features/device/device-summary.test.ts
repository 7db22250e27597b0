import { describe, expect, it } from 'vitest'
import { fleetRowSchema } from '../../api/live/fleet-read-model'
import { DEVICE_ANSWER } from '../../api/live/subject-answer-fixtures'
import type { Alert } from '../../domain/alerts/alert'
import { deviceSummaryOf } from './device-summary'

const row = fleetRowSchema.parse(DEVICE_ANSWER.device)
const ID = row.device_id

function alert(
  id: string,
  severity: Alert['severity'],
  openedAt: number,
  more: Partial<Alert> = {},
): Alert {
  return {
    id,
    rule: 'device_offline',
    severity,
    subject: { kind: 'device', id: ID, name: 'Doorbell' },
    title: id,
    openedAt,
    resolvedAt: null,
    openingEventId: id,
    ...more,
  }
}

describe('deviceSummaryOf', () => {
  it('names the device, its kind, model and account from the fleet row', () => {
    const summary = deviceSummaryOf(row, [])
    expect(summary).toMatchObject({
      id: ID,
      name: 'Maple St 12 – Doorbell',
      kind: 'Nest doorbell',
      model: 'Nest Doorbell (battery)',
      account: {
        id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
        name: 'Harborline Stays (Google Nest)',
      },
      removed: false,
      alerts: [],
    })
    expect(summary.status.connectivity).toEqual({
      state: 'online',
      since: Date.parse('2026-12-07T11:10:05.633Z'),
    })
    expect(summary.status.battery).toEqual({ level: 0.768, status: 'good' })
    expect(summary.status.lastEvent?.type).toBe('device.doorbell_rang')
  })

  it('shows only open alerts about the device, gravest first, then newest', () => {
    const alerts = [
      alert('old-warning', 'warning', 1),
      alert('critical', 'critical', 2),
      alert('new-warning', 'warning', 3),
      alert('resolved', 'critical', 4, { resolvedAt: 5 }),
      alert('other', 'critical', 4, { subject: { kind: 'device', id: 'x', name: 'x' } }),
    ]
    expect(deviceSummaryOf(row, alerts).alerts.map((a) => a.id)).toEqual([
      'critical',
      'new-warning',
      'old-warning',
    ])
  })

  it('says a device Seam no longer lists is removed, with no kind', () => {
    const removed = deviceSummaryOf({ ...row, listed: false, model: null }, [])
    expect(removed.removed).toBe(true)
    expect(removed).not.toHaveProperty('kind')
    expect(removed).not.toHaveProperty('model')
  })
})
