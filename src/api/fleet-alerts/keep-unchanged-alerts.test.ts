import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import type { OfflineFact } from '../../domain/alerts/root-cause-grouping'
import { keepUnchanged, samePlain } from './keep-unchanged-alerts'

function alert(id: string, resolvedAt: number | null): Alert {
  return {
    id,
    rule: 'device_offline',
    severity: 'critical',
    subject: { kind: 'device', id: 'lock_1', name: 'Front door' },
    title: 'Front door offline',
    openedAt: 1_000,
    resolvedAt,
    openingEventId: `event_${id}`,
  }
}

function fact(of: Alert, hubId: string | undefined): OfflineFact {
  const base = { alert: of, deviceId: 'lock_1', accountId: 'acct_a', hubName: undefined }
  return { ...base, hubId, reason: 'hub_disconnected', isLock: true }
}

describe('keepUnchanged', () => {
  it('keeps the previous objects of equal alerts and facts, and takes changed ones anew', () => {
    const same = alert('a', null)
    const changing = alert('b', null)
    const previous = { alerts: [same, changing], offline: [fact(same, 'hub_1')] }
    const next = {
      alerts: [alert('a', null), alert('b', 2_000), alert('c', null)],
      offline: [fact(alert('a', null), 'hub_1')],
      extra: 1,
    }
    next.offline[0] = fact(next.alerts[0] as Alert, 'hub_1')
    const kept = keepUnchanged(previous, next)
    expect(kept.alerts[0]).toBe(same)
    expect(kept.alerts[1]).toBe(next.alerts[1])
    expect(kept.alerts[1]?.resolvedAt).toBe(2_000)
    expect(kept.alerts[2]).toBe(next.alerts[2])
    expect(kept.offline[0]).toBe(previous.offline[0])
    expect(kept.extra).toBe(1)
    expect(kept).toEqual(next)
  })

  it('takes a new fact, pointing at the kept alert, when only the fact changed', () => {
    const same = alert('a', null)
    const previous = { alerts: [same], offline: [fact(same, 'hub_1')] }
    const fresh = alert('a', null)
    const kept = keepUnchanged(previous, { alerts: [fresh], offline: [fact(fresh, 'hub_2')] })
    expect(kept.alerts[0]).toBe(same)
    expect(kept.offline[0]).not.toBe(previous.offline[0])
    expect(kept.offline[0]?.alert).toBe(same)
    expect(kept.offline[0]?.hubId).toBe('hub_2')
  })
})

describe('samePlain', () => {
  it('compares nested plain data by content', () => {
    expect(samePlain({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(true)
    expect(samePlain({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false)
    expect(samePlain({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(samePlain({ a: undefined }, { b: undefined })).toBe(false)
    expect(samePlain([1, 2], { 0: 1, 1: 2 })).toBe(false)
  })
})
