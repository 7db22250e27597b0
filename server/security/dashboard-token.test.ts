import { describe, expect, it } from 'vitest'
import { bearerToken, secretsMatch, sessionValueFor } from './dashboard-token'

describe('dashboard token', () => {
  it('matches only the exact secret, whatever the lengths', () => {
    expect(secretsMatch('a-long-dashboard-token', 'a-long-dashboard-token')).toBe(true)
    expect(secretsMatch('a-long-dashboard-toke', 'a-long-dashboard-token')).toBe(false)
    expect(secretsMatch('', 'a-long-dashboard-token')).toBe(false)
  })

  it('derives a session value that is not the token and changes with it', () => {
    const session = sessionValueFor('a-long-dashboard-token')
    expect(session).not.toContain('a-long-dashboard-token')
    expect(session).toBe(sessionValueFor('a-long-dashboard-token'))
    expect(session).not.toBe(sessionValueFor('another-dashboard-token'))
  })

  it('reads a bearer header and nothing else', () => {
    expect(bearerToken('Bearer abc123')).toBe('abc123')
    expect(bearerToken('bearer  abc123 ')).toBe('abc123')
    expect(bearerToken('Basic abc123')).toBeUndefined()
    expect(bearerToken('Bearer a b')).toBeUndefined()
    expect(bearerToken(undefined)).toBeUndefined()
  })
})
