import { describe, expect, it } from 'vitest'
import type { Alert } from '../../domain/alerts/alert'
import { compareAlerts } from '../../domain/alerts/alert'
import { seededRandom } from '../../domain/timelines/event-fixtures'
import { replaceSorted, sortAlerts } from './sorted-alerts'

function alert(id: number, random: () => number): Alert {
  return {
    id: `a${id}`,
    rule: 'battery_low',
    severity: random() < 0.3 ? 'critical' : 'warning',
    subject: { kind: 'device', id: `d${id % 7}`, name: 'Door' },
    title: 'Battery low',
    openedAt: Math.floor(random() * 50),
    resolvedAt: random() < 0.5 ? null : 60,
    openingEventId: `e${id}`,
  }
}

describe('replaceSorted', () => {
  it('gives what sorting the whole list again gives', () => {
    const random = seededRandom(3)
    const all = Array.from({ length: 300 }, (_, i) => alert(i, random))
    const sorted = all.slice(0, 200).sort(compareAlerts)
    const removed = new Set(sorted.filter(() => random() < 0.2))
    const added = all.slice(200)
    const expected = [...sorted.filter((a) => !removed.has(a)), ...added].sort(compareAlerts)
    expect(replaceSorted(sorted, removed, added)).toEqual(expected)
    expect(replaceSorted(sorted, new Set(), [])).toEqual(sorted)
  })
})

describe('sortAlerts', () => {
  it('orders as compareAlerts does, ties of time settled by id, without touching its input', () => {
    const random = seededRandom(5)
    const all = Array.from({ length: 400 }, (_, i) => alert(i, random))
    const before = [...all]
    expect(sortAlerts(all).map((a) => a.id)).toEqual([...all].sort(compareAlerts).map((a) => a.id))
    expect(all).toEqual(before)
  })
})
