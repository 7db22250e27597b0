import { describe, expect, it } from 'vitest'
import type { DeviceStatistics } from '../../domain/statistics/device-statistics'
import { formatPercent, headerFigures } from './header-figures'

const connectivity = {
  window: { from: 0, to: 1 },
  observedTo: 1,
  msByState: { online: 1, offline: 0, flaky: 0, unknown: 0 },
  offlineMsByReason: {
    account_disconnected: 0,
    hub_disconnected: 0,
    device_disconnected: 0,
    unknown: 0,
  },
  uptimePercent: 99.96,
  flaps: 3,
  flapsPerDay: 3,
}

describe('headerFigures', () => {
  it('words uptime, drops and a forecast with its basis', () => {
    const stats: DeviceStatistics = {
      connectivity,
      battery: { daysToEmpty: 12.4, basis: { samples: 6, from: 0, to: 1, slopePerDay: -0.02 } },
    }
    expect(headerFigures(stats)).toEqual({
      uptime: '99.9 %',
      flaps: '3 drops or flaky spells',
      forecast: 'empty in ~12 d',
      forecastBasis: 'fit on 6 readings',
    })
  })

  it('says why there is no forecast and leaves out zero drops', () => {
    const stats: DeviceStatistics = {
      connectivity: { ...connectivity, flaps: 0, uptimePercent: null },
      battery: { daysToEmpty: null, why: 'not enough samples' },
    }
    expect(headerFigures(stats)).toEqual({ uptime: 'not known', forecast: 'too few readings' })
  })
})

describe('formatPercent', () => {
  it('never rounds a gap up to 100 %', () => {
    expect(formatPercent(99.99)).toBe('99.9 %')
    expect(formatPercent(100)).toBe('100 %')
    expect(formatPercent(42.25)).toBe('42.2 %')
  })
})
