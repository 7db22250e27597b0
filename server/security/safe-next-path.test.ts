import { describe, expect, it } from 'vitest'
import { safeNextPath } from './safe-next-path'

describe('safeNextPath', () => {
  it('keeps a path on this dashboard, with its query', () => {
    expect(safeNextPath('/devices/abc?range=24h')).toBe('/devices/abc?range=24h')
    expect(safeNextPath('/wall')).toBe('/wall')
  })

  it('sends anything that could leave the site, or loop, to the home page', () => {
    for (const value of [
      'https://evil.example/',
      '//evil.example',
      '/\\evil.example',
      '/\tevil',
      'javascript:alert(1)',
      '',
      undefined,
      42,
      '/sign-in',
      '/sign-in?next=/x',
      `/${'a'.repeat(3_000)}`,
    ]) {
      expect(safeNextPath(value), String(value)).toBe('/')
    }
  })
})
