// The dashboard token: constant-time checks, and the session value a signed-in browser holds.
import { createHash, createHmac, timingSafeEqual } from 'node:crypto'

/** Compares in constant time; hashing first makes the lengths equal without leaking them. */
export function secretsMatch(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given, 'utf8').digest()
  const b = createHash('sha256').update(expected, 'utf8').digest()
  return timingSafeEqual(a, b)
}

/**
 * What the session cookie holds: derived from the token, so the cookie never carries the token
 * itself, and changing DASHBOARD_TOKEN signs every browser out.
 */
export function sessionValueFor(token: string): string {
  return createHmac('sha256', token).update('doorboard-session-v1').digest('base64url')
}

/** The token from `Authorization: Bearer …`, for scripts and monitors that cannot hold a cookie. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header)
  return match?.[1]
}
