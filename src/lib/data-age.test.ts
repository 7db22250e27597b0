import { describe, expect, it } from 'vitest'
import { dataAge } from './data-age'

const serverTime = 1_000_000_000
const base = {
  lastSuccessAt: serverTime - 2_000,
  serverTime,
  receivedAt: 50_000, // the browser's clock is far off; only differences count
  now: 51_000,
  pollIntervalMs: 5_000,
}

describe('dataAge', () => {
  it('adds the server-side age to the time since the answer arrived', () => {
    expect(dataAge(base)).toEqual({ level: 'fresh', ageMs: 3_000, text: 'updated 3 s ago' })
  })

  it('ignores the offset between the browser and server clocks', () => {
    const skewed = dataAge({
      ...base,
      receivedAt: base.receivedAt + 3_600_000,
      now: base.now + 3_600_000,
    })
    expect(skewed.ageMs).toBe(3_000)
  })

  it('stays fresh up to three poll intervals, then turns late', () => {
    expect(dataAge({ ...base, now: base.receivedAt + 13_000 }).level).toBe('fresh') // 15 s exactly
    const late = dataAge({ ...base, now: base.receivedAt + 13_001 })
    expect(late.level).toBe('late')
    expect(late.text).toBe('Updates delayed — last update 15 s ago')
  })

  it('turns stale past ten poll intervals, saying so in words', () => {
    expect(dataAge({ ...base, now: base.receivedAt + 48_000 }).level).toBe('late') // 50 s exactly
    const stale = dataAge({ ...base, now: base.receivedAt + 118_000 })
    expect(stale).toEqual({
      level: 'stale',
      ageMs: 120_000,
      text: 'Data is stale — last update 2 min ago',
    })
  })

  it('scales the thresholds with the poll interval', () => {
    expect(dataAge({ ...base, pollIntervalMs: 60_000, now: base.receivedAt + 118_000 }).level).toBe(
      'fresh',
    )
  })

  it('keeps ageing when health answers stop arriving', () => {
    const later = dataAge({ ...base, now: base.receivedAt + 10 * 60_000 })
    expect(later.level).toBe('stale')
    expect(later.text).toBe('Data is stale — last update 10 min ago')
  })

  it('never goes negative when the answer claims a success in its future', () => {
    expect(dataAge({ ...base, lastSuccessAt: serverTime + 500, now: base.receivedAt }).ageMs).toBe(
      0,
    )
  })

  it('says there is no data yet before the first success', () => {
    expect(dataAge({ ...base, lastSuccessAt: null })).toEqual({
      level: 'unknown',
      text: 'no data from Seam yet',
    })
  })
})
