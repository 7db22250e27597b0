// The header's statistics in words: uptime and flaps in the window, and the battery forecast.
import type { DeviceStatistics } from '../../domain/statistics/device-statistics'

export interface HeaderFigures {
  readonly uptime: string
  readonly flaps?: string
  readonly forecast: string
  readonly forecastBasis?: string
}

export function headerFigures(stats: DeviceStatistics): HeaderFigures {
  const { connectivity, battery } = stats
  const uptime =
    connectivity.uptimePercent === null
      ? 'not known'
      : `${formatPercent(connectivity.uptimePercent)}`
  const flaps =
    connectivity.flaps === 0
      ? undefined
      : `${connectivity.flaps} ${connectivity.flaps === 1 ? 'drop' : 'drops'} or flaky spells`
  if (battery.daysToEmpty === null) {
    return {
      uptime,
      ...(flaps !== undefined && { flaps }),
      forecast: battery.why === 'not draining' ? 'not draining' : 'too few readings',
    }
  }
  const days = battery.daysToEmpty
  return {
    uptime,
    ...(flaps !== undefined && { flaps }),
    forecast: days < 1 ? 'empty within a day' : `empty in ~${Math.round(days)} d`,
    forecastBasis: `fit on ${battery.basis.samples} readings`,
  }
}

/** 99.96 → "99.9 %", never rounding a gap up to a perfect 100 %. */
export function formatPercent(value: number): string {
  const floored = Math.floor(value * 10) / 10
  return `${Number.isInteger(floored) ? floored.toFixed(0) : floored.toFixed(1)} %`
}
