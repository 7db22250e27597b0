import { describe, expect, it } from 'vitest'
import { createScheduler, type SimulatorPace } from './sim-scheduler'

const CALM: SimulatorPace = { ambientPerHour: 10, gapScale: 10, drainScale: 1 }
const BUSY: SimulatorPace = { ambientPerHour: 100, gapScale: 1, drainScale: 50 }

describe('createScheduler', () => {
  it('runs actions in time order, ties in the order they were scheduled', () => {
    const scheduler = createScheduler(1_000, BUSY)
    const ran: string[] = []
    scheduler.after(30, (at) => ran.push(`c@${at}`))
    scheduler.after(10, (at) => ran.push(`a@${at}`))
    scheduler.after(10, (at) => {
      ran.push(`b@${at}`)
      scheduler.after(5, (later) => ran.push(`d@${later}`))
    })
    scheduler.advanceTo(1_020)
    expect(ran).toEqual(['a@1010', 'b@1010', 'd@1015'])
    expect(scheduler.now).toBe(1_020)
    scheduler.advanceTo(1_030)
    expect(ran.at(-1)).toBe('c@1030')
  })

  it('stretches gaps by the pace and rescales pending ones when the pace changes', () => {
    const scheduler = createScheduler(0, CALM)
    const ran: number[] = []
    scheduler.after(100, (at) => ran.push(at), 'gap') // due at 1000 when calm
    scheduler.after(100, (at) => ran.push(at), 'fixed')
    scheduler.after(500, (at) => ran.push(at), 'ambient')
    scheduler.advanceTo(200)
    scheduler.setPace(BUSY)
    scheduler.advanceTo(10_000)
    // gap: 800 left, ÷10 → 280; ambient: 300 left, ÷10 → 230.
    expect(ran).toEqual([100, 230, 280])
  })

  it('skips ahead without running what falls in the skipped time', () => {
    const scheduler = createScheduler(0, BUSY)
    const ran: number[] = []
    scheduler.after(50, (at) => ran.push(at))
    scheduler.skip(1_000)
    expect(scheduler.now).toBe(1_000)
    scheduler.advanceTo(1_049)
    expect(ran).toEqual([])
    scheduler.advanceTo(1_050)
    expect(ran).toEqual([1_050])
  })
})
