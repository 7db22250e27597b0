import { describe, expect, it } from 'vitest'
import { safeMediaUrl } from './safe-media-url'

describe('safeMediaUrl', () => {
  it('keeps absolute http and https URLs', () => {
    expect(safeMediaUrl('https://cdn.example.com/a.jpg')).toBe('https://cdn.example.com/a.jpg')
    expect(safeMediaUrl('http://127.0.0.1:8787/media/clip-porch.mp4')).toBe(
      'http://127.0.0.1:8787/media/clip-porch.mp4',
    )
  })

  it('trims surrounding spaces', () => {
    expect(safeMediaUrl('  https://example.com/x.jpg ')).toBe('https://example.com/x.jpg')
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:image/png;base64,AAAA',
    'file:///etc/passwd',
    'ftp://example.com/a.jpg',
    'blob:https://example.com/uuid',
  ])('rejects the %s scheme', (url) => {
    expect(safeMediaUrl(url)).toBeUndefined()
  })

  it('rejects relative and unparseable URLs', () => {
    expect(safeMediaUrl('/media/a.jpg')).toBeUndefined()
    expect(safeMediaUrl('//evil.example/a.jpg')).toBeUndefined()
    expect(safeMediaUrl('not a url')).toBeUndefined()
  })

  it('rejects empty and missing values', () => {
    expect(safeMediaUrl('')).toBeUndefined()
    expect(safeMediaUrl('   ')).toBeUndefined()
    expect(safeMediaUrl(undefined)).toBeUndefined()
    expect(safeMediaUrl(null)).toBeUndefined()
  })

  it('rejects URLs carrying credentials', () => {
    expect(safeMediaUrl('https://user:pw@example.com/a.jpg')).toBeUndefined()
  })
})
