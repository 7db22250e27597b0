import { describe, expect, it } from 'vitest'
import {
  AUTO_GROUP_MAX_DEVICES,
  formatGroupParam,
  formatHiddenParam,
  formatSortParam,
  parseHiddenParam,
  parseSortParam,
  parseStatusParam,
  resolveGroupMode,
} from './fleet-url-state'

describe('sort param', () => {
  it('reads a column id, descending with a leading minus, and writes it back', () => {
    expect(parseSortParam('battery')).toEqual({ id: 'battery', desc: false })
    expect(parseSortParam('-lastEvent')).toEqual({ id: 'lastEvent', desc: true })
    expect(formatSortParam({ id: 'lastEvent', desc: true })).toBe('-lastEvent')
    expect(formatSortParam(parseSortParam('name'))).toBe('name')
    expect(formatSortParam(undefined)).toBe('')
  })

  it('ignores what is not a column, meaning the default order', () => {
    expect(parseSortParam('')).toBeUndefined()
    expect(parseSortParam('-')).toBeUndefined()
    expect(parseSortParam('pin_code')).toBeUndefined()
  })
})

describe('hidden columns param', () => {
  it('keeps known hideable columns once, in table order', () => {
    expect(parseHiddenParam('lock,kind,lock,bogus,name')).toEqual(['kind', 'lock'])
    expect(formatHiddenParam(['lock', 'kind'])).toBe('kind,lock')
    expect(parseHiddenParam('')).toEqual([])
  })
})

describe('grouping', () => {
  it('follows the URL, else groups small fleets by account and shows large ones flat', () => {
    expect(resolveGroupMode('none', 10)).toBe('none')
    expect(resolveGroupMode('account', 5_000)).toBe('account')
    expect(resolveGroupMode('', 40)).toBe('account')
    expect(resolveGroupMode('sideways', AUTO_GROUP_MAX_DEVICES + 1)).toBe('none')
  })

  it('writes nothing when the choice is what the size would pick anyway', () => {
    expect(formatGroupParam('account', 40)).toBe('')
    expect(formatGroupParam('none', 40)).toBe('none')
    expect(formatGroupParam('none', 5_000)).toBe('')
    expect(formatGroupParam('account', 5_000)).toBe('account')
  })
})

describe('status param', () => {
  it('accepts the known filters only', () => {
    expect(parseStatusParam('offline')).toBe('offline')
    expect(parseStatusParam('low_battery')).toBe('low_battery')
    expect(parseStatusParam('exploded')).toBeUndefined()
  })
})
