import { describe, expect, it } from 'vitest'
import { batteryConcern, batteryWords, connectivityWords, lockWords } from './status-words'

describe('connectivityWords', () => {
  it('names the reason for being offline', () => {
    expect(connectivityWords({ state: 'offline', reason: 'hub_disconnected', since: 1 })).toEqual({
      label: 'Offline',
      detail: 'hub disconnected',
      tone: 'critical',
    })
  })
  it('leaves an unknown reason out rather than saying "unknown"', () => {
    expect(connectivityWords({ state: 'offline', reason: 'unknown' })).toEqual({
      label: 'Offline',
      tone: 'critical',
    })
  })
  it('marks flaky as a warning and online as good', () => {
    expect(connectivityWords({ state: 'flaky' }).tone).toBe('warning')
    expect(connectivityWords({ state: 'online' })).toEqual({ label: 'Online', tone: 'good' })
  })
})

describe('batteryConcern', () => {
  it('is critical at or below 10 % or when Seam says critical', () => {
    expect(batteryConcern({ level: 0.1 })).toBe('critical')
    expect(batteryConcern({ level: 0.5, status: 'critical' })).toBe('critical')
  })
  it('is low at or below 20 % or when Seam says low', () => {
    expect(batteryConcern({ level: 0.2 })).toBe('low')
    expect(batteryConcern({ level: 0.9, status: 'low' })).toBe('low')
  })
  it('is nothing above 20 % with a good status, or with no reading', () => {
    expect(batteryConcern({ level: 0.21, status: 'good' })).toBeUndefined()
    expect(batteryConcern({})).toBeUndefined()
  })
})

describe('batteryWords', () => {
  it('rounds the level to a percent and adds the status', () => {
    expect(batteryWords({ level: 0.456, status: 'good' })).toEqual({
      label: '46 %',
      detail: 'good',
      percent: 46,
      tone: 'good',
    })
  })
  it('says low when the level is low but Seam sent no status', () => {
    expect(batteryWords({ level: 0.15 })).toEqual({
      label: '15 %',
      detail: 'low',
      percent: 15,
      tone: 'warning',
    })
  })
  it('shows a status alone when there is no level', () => {
    expect(batteryWords({ status: 'critical' })).toEqual({ label: 'Critical', tone: 'critical' })
    expect(batteryWords({ status: 'full' })).toEqual({ label: 'Full', tone: 'good' })
  })
  it('says there is no reading', () => {
    expect(batteryWords({})).toEqual({ label: 'No reading', tone: 'neutral' })
  })
})

describe('lockWords', () => {
  it('says how the lock was operated', () => {
    expect(lockWords({ state: 'unlocked', method: 'keycode', at: 5 })).toEqual({
      label: 'Unlocked',
      detail: 'with keypad code',
      tone: 'warning',
    })
    expect(lockWords({ state: 'locked', method: 'automatic' }).detail).toBe('automatically')
  })
  it('leaves an unknown method out', () => {
    expect(lockWords({ state: 'locked', method: 'unknown' })).toEqual({
      label: 'Locked',
      tone: 'good',
    })
  })
})
