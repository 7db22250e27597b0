// Exposure: off loopback only with a token; the token guards pages, assets, /api and the writes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'
import { SESSION_COOKIE } from './security/dashboard-auth'
import { injectFrom, REMOTE_ADDRESS, type InjectOptions } from './testing/inject-from'
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

async function signIn(extraHeaders: Record<string, string> = {}) {
  return inject({
    method: 'POST',
    url: '/sign-in',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...extraHeaders },
    payload: new URLSearchParams({ token: TOKEN, next: '/devices/abc?range=24h' }).toString(),
  })
}

function cookieHeader(setCookie: string | string[] | undefined): string {
  const line = Array.isArray(setCookie) ? setCookie[0] : setCookie
  return (line ?? '').split(';')[0] ?? ''
}

describe('binding beyond loopback', () => {
  it('refuses to start off loopback without DASHBOARD_TOKEN, in words', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      expect(() => readConfig({ HOST: host }, '/dist'), host).toThrow(ConfigError)
    }
    expect(() => readConfig({ HOST: '0.0.0.0' }, '/dist')).toThrow(
      /HOST=0\.0\.0\.0 makes the dashboard reachable from other machines, and DASHBOARD_TOKEN is not set/,
    )
    expect(readConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: TOKEN }, '/dist').dashboardToken).toBe(
      TOKEN,
    )
    expect(readConfig({ HOST: '::1' }, '/dist').dashboardToken).toBeUndefined()
  })

  it('refuses a short token without repeating it', () => {
    let message = ''
    try {
      readConfig({ HOST: '0.0.0.0', DASHBOARD_TOKEN: 'hunter2' }, '/dist')
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toContain('DASHBOARD_TOKEN is too short (7 characters)')
    expect(message).not.toContain('hunter2')
  })
})

describe('with DASHBOARD_TOKEN', () => {
  it('guards /api, the page and its assets; sends a browser to the sign-in page', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    for (const url of [
      '/api/event_log',
      '/api/events',
      '/api/events.csv',
      '/api/devices',
      '/api/connected_accounts',
      '/api/alert_state',
    ]) {
      const response = await inject({ url })
      expect(response.statusCode, url).toBe(401)
      expect(response.json<{ message: string }>().message).toMatch(/Not signed in.*\/sign-in/)
    }
    for (const url of ['/', '/index.html', '/assets/app.js', '/devices/x?range=24h']) {
      const response = await inject({ url })
      expect(response.statusCode, url).toBe(303)
      expect(response.headers.location).toBe(`/sign-in?next=${encodeURIComponent(url)}`)
      expect(response.body).not.toContain('doorboard')
    }
  })

  it('serves a script-free sign-in form, refuses a wrong token with a 401 page in words', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    const page = await inject({ url: '/sign-in?next=%2Fwall' })
    expect(page.statusCode).toBe(200)
    expect(page.headers['content-type']).toMatch(/text\/html/)
    expect(page.body).toContain('<form method="post" action="/sign-in">')
    expect(page.body).toContain('<label for="token">Dashboard token</label>')
    expect(page.body).toContain('value="/wall"')
    expect(page.body).not.toMatch(/<script|style=|\son\w+=/i)
    const css = await inject({ url: '/sign-in.css' })
    expect(css.statusCode).toBe(200)
    expect(css.headers['content-type']).toMatch(/text\/css/)

    const wrong = await inject({
      method: 'POST',
      url: '/sign-in',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'token=not-the-token-at-all&next=%2F',
    })
    expect(wrong.statusCode).toBe(401)
    expect(wrong.body).toContain('That token is not the dashboard token.')
    expect(wrong.headers['set-cookie']).toBeUndefined()
  })

  it('signs in with the form: an HttpOnly, SameSite=Strict cookie that is not the token', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    // What Chromium sends for the form under Referrer-Policy: no-referrer.
    const response = await signIn({ origin: 'null', 'sec-fetch-site': 'same-origin' })
    expect(response.statusCode).toBe(303)
    expect(response.headers.location).toBe('/devices/abc?range=24h')
    const setCookie = String(response.headers['set-cookie'])
    expect(setCookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    expect(setCookie).toMatch(/Path=\//)
    expect(setCookie).not.toMatch(/Secure/)
    expect(setCookie).not.toContain(TOKEN)

    const cookie = cookieHeader(response.headers['set-cookie'])
    expect((await inject({ url: '/api/event_log', headers: { cookie } })).statusCode).toBe(200)
    expect((await inject({ url: '/api/events', headers: { cookie } })).statusCode).toBe(200)
    expect((await inject({ url: '/api/events.csv', headers: { cookie } })).statusCode).toBe(200)
    const home = await inject({ url: '/devices/abc', headers: { cookie } })
    expect(home.statusCode).toBe(200)
    expect(home.body).toContain('<div id="root">')
    expect((await inject({ url: '/assets/app.js', headers: { cookie } })).statusCode).toBe(200)
    // Signed in already: the sign-in page sends you on.
    expect((await inject({ url: '/sign-in', headers: { cookie } })).statusCode).toBe(303)

    const forged = `${SESSION_COOKIE}=${encodeURIComponent(TOKEN)}`
    expect((await inject({ url: '/api/event_log', headers: { cookie: forged } })).statusCode).toBe(401)
  })

  it('marks the cookie Secure behind an HTTPS reverse proxy, and never redirects off-site', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    const secure = await signIn({ 'x-forwarded-proto': 'https' })
    expect(String(secure.headers['set-cookie'])).toMatch(/; Secure/)

    for (const next of ['//evil.example/', 'https://evil.example/', '/\\evil.example']) {
      const response = await inject({
        method: 'POST',
        url: '/sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams({ token: TOKEN, next }).toString(),
      })
      expect(response.headers.location, next).toBe('/')
    }
  })

  it('accepts the token as a bearer header, for scripts and monitors', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    const ok = await inject({ url: '/api/health', headers: { authorization: `Bearer ${TOKEN}` } })
    expect(ok.statusCode).toBe(200)
    const wrong = await inject({ url: '/api/health', headers: { authorization: 'Bearer nope' } })
    expect(wrong.statusCode).toBe(401)
  })

  it('leaves /api/health open to this machine only, not to relayed or remote callers', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    expect((await inject({ url: '/api/health', remoteAddress: '127.0.0.1' })).statusCode).toBe(200)
    const relayed = await inject({
      url: '/api/health',
      remoteAddress: '127.0.0.1',
      headers: { 'x-forwarded-for': REMOTE_ADDRESS },
    })
    expect(relayed.statusCode).toBe(401)
    expect((await inject({ url: '/api/health' })).statusCode).toBe(401)
    expect((await inject({ url: '/api/event_log', remoteAddress: '127.0.0.1' })).statusCode).toBe(401)
  })

  it('covers the dashboard-state writes: token needed, same origin only', async () => {
    await start({ DASHBOARD_TOKEN: TOKEN })
    const cookie = cookieHeader((await signIn()).headers['set-cookie'])
    const body = { alert_id: 'offline:august_device_1', by: 'Sam' }
    const anonymous = await inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      payload: body,
    })
    expect(anonymous.statusCode).toBe(401)
    const crossSite = await inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      payload: body,
    })
    expect(crossSite.statusCode).toBe(403)
    expect(crossSite.json<{ message: string }>().message).toMatch(/another site/)
    const oldBrowser = await inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { cookie, origin: 'https://evil.example' },
      payload: body,
    })
    expect(oldBrowser.statusCode).toBe(403)
    const own = await inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { cookie, origin: 'http://localhost:80', host: 'localhost:80' },
      payload: body,
    })
    expect(own.statusCode).toBe(201)
    expect(proxy!.layer.calls).toEqual([])
  })
})
