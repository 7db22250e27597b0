import { describe, expect, it } from 'vitest'
import { ProxyHttpError } from '../api/proxy-error'
import { needsSignIn, signInAddress } from './sign-in-address'

describe('signing in again', () => {
  it('comes back to the exact view', () => {
    expect(signInAddress({ pathname: '/events', search: '?category=lock&q=front door' })).toBe(
      '/sign-in?next=%2Fevents%3Fcategory%3Dlock%26q%3Dfront%20door',
    )
  })

  it('is needed on a 401 only', () => {
    expect(needsSignIn(new ProxyHttpError('/api/event_log', 401, undefined))).toBe(true)
    expect(needsSignIn(new ProxyHttpError('/api/event_log', 503, undefined))).toBe(false)
    expect(needsSignIn(new Error('offline'))).toBe(false)
  })
})
