// Hardening: security headers and CSP, DNS rebinding, refused writes, body and rate limits.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { injectFrom, type InjectOptions } from './testing/inject-from'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { startTestProxy, type TestProxy } from './testing/start-test-proxy'

const TOKEN = 'correct-horse-battery-staple-42'

let fake: TestFake
let proxy: TestProxy | undefined

beforeEach(async () => {
  fake = await startTestFake()
})

afterEach(async () => {
  await proxy?.close()
  proxy = undefined
  await fake.close()
})

async function start(environment: Record<string, string> = {}) {
  proxy = await startTestProxy({ target: fake.url, environment, withSpa: true })
  return proxy
}

const inject = (options: InjectOptions) => injectFrom(proxy!.app, options)

describe('on loopback without a token', () => {
  it('sends security headers and a strict Content Security Policy on pages and /api', async () => {
    await start()
    for (const url of ['/', '/api/health']) {
      const response = await inject({ url, remoteAddress: '127.0.0.1' })
      expect(response.statusCode, url).toBe(200)
      const csp = String(response.headers['content-security-policy'])
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("script-src 'self';")
      expect(csp).toContain("style-src 'self';")
      expect(csp).toContain("img-src 'self' https: data:")
      expect(csp).toContain("media-src 'self' https:")
      expect(csp).toContain("object-src 'none'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).not.toContain('unsafe-inline')
      expect(csp).not.toContain('unsafe-eval')
      expect(csp).not.toContain('upgrade-insecure-requests')
      expect(response.headers['x-content-type-options']).toBe('nosniff')
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN')
      expect(response.headers['referrer-policy']).toBe('no-referrer')
      expect(response.headers['cross-origin-opener-policy']).toBe('same-origin')
      expect(response.headers['x-powered-by']).toBeUndefined()
    }
  })

  it('answers only to loopback names, so a rebinding hostile domain cannot read it', async () => {
    await start()
    for (const host of ['localhost:8787', '127.0.0.1:8787', '[::1]:8787', 'localhost']) {
      const response = await inject({
        url: '/api/event_log',
        remoteAddress: '127.0.0.1',
        headers: { host },
      })
      expect(response.statusCode, host).toBe(200)
    }
    const rebound = await inject({
      url: '/api/event_log',
      remoteAddress: '127.0.0.1',
      headers: { host: 'attacker.example:8787' },
    })
    expect(rebound.statusCode).toBe(421)
    expect(rebound.body).toContain('Doorboard answers only as localhost or 127.0.0.1')
    expect(rebound.body).not.toContain('"events"')
  })

  it('refuses every write but dashboard state, and forwards nothing upstream', async () => {
    await start()
    const attempts = [
      { method: 'POST' as const, url: '/api/locks/unlock_door', payload: { device_id: 'x' } },
      { method: 'POST' as const, url: '/api/devices', payload: {} },
      { method: 'PATCH' as const, url: '/api/event_log', payload: {} },
      { method: 'DELETE' as const, url: '/api/connected_accounts' },
      { method: 'PUT' as const, url: '/api/health', payload: {} },
      { method: 'POST' as const, url: '/api/access_codes/create', payload: { code: '1234' } },
      { method: 'POST' as const, url: '/', payload: {} },
    ]
    for (const attempt of attempts) {
      const response = await inject({ ...attempt, remoteAddress: '127.0.0.1' })
      expect(response.statusCode, `${attempt.method} ${attempt.url}`).toBe(404)
    }
    expect(proxy!.layer.calls).toEqual([])
  })

  it('limits request bodies and the request rate, in words', async () => {
    await start({ API_RATE_LIMIT: '10' })
    const huge = await inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      remoteAddress: '127.0.0.1',
      payload: { alert_id: 'a', by: 'x'.repeat(64 * 1024) },
    })
    expect(huge.statusCode).toBe(413)

    const statuses: number[] = []
    for (let index = 0; index < 12; index += 1) {
      statuses.push(
        (await inject({ url: '/api/health', remoteAddress: '198.51.100.7' })).statusCode,
      )
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(10)
    const limited = await inject({ url: '/api/devices', remoteAddress: '198.51.100.7' })
    expect(limited.statusCode).toBe(429)
    expect(limited.headers['retry-after']).toBeDefined()
    expect(limited.json<{ message: string }>().message).toMatch(
      /Too many requests from this address \(more than 10 a minute\)/,
    )
    // This machine itself is not limited; a reverse proxy on it (X-Forwarded-For) is.
    for (let index = 0; index < 12; index += 1) {
      const local = await inject({ url: '/api/health', remoteAddress: '127.0.0.1' })
      expect(local.statusCode).toBe(200)
    }
    const relayed: number[] = []
    for (let index = 0; index < 12; index += 1) {
      const response = await inject({
        url: '/api/health',
        remoteAddress: '127.0.0.1',
        headers: { 'x-forwarded-for': '203.0.113.9' },
      })
      relayed.push(response.statusCode)
    }
    expect(relayed.slice(10)).toEqual([429, 429])
    // Another address has its own budget.
    expect((await inject({ url: '/api/health', remoteAddress: '198.51.100.8' })).statusCode).toBe(
      200,
    )
  })
})

describe('sign-in attempts', () => {
  it('are rate-limited per address, whatever the overall API budget', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    const statuses: number[] = []
    for (let index = 0; index < 12; index += 1) {
      const response = await inject({
        method: 'POST',
        url: '/sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: `token=guess-${index}`,
      })
      statuses.push(response.statusCode)
    }
    expect(statuses.slice(0, 10).every((status) => status === 401)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    const oversized = await inject({
      method: 'POST',
      url: '/sign-in',
      remoteAddress: '198.51.100.9',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: `token=${'a'.repeat(8_000)}`,
    })
    expect(oversized.statusCode).toBe(413)
  })
})
