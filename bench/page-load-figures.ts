// What opening the fleet page costs a user: every byte over the wire until it is drawn, the time
// to a painted fleet, then the bytes an idle open tab moves per minute (its stream included).
import type { Browser, CDPSession } from '@playwright/test'

export interface PageLoadFigures {
  /** All requests of the first load, as received (compressed bodies and headers), in KB. */
  readonly firstLoadKb: number
  /** Navigation start to the fleet's device count on screen, server warm, in ms. */
  readonly readyMs: number
  /** Bytes per minute of an open, idle tab afterwards (polls, stream, heartbeats), in KB. */
  readonly idleKbPerMinute: number
  /** Bytes per API path of the first load, in KB. */
  readonly byPath: Readonly<Record<string, number>>
  /** Bytes per API path while idle, in KB. */
  readonly idleByPath: Readonly<Record<string, number>>
}

/**
 * Counts received bytes per request from Chromium's own network log: a finished request's total
 * (headers and encoded body), and for one still open (the event stream) every chunk so far.
 */
class WireCounter {
  readonly #finished = new Map<string, number>()
  readonly #chunks = new Map<string, number>()
  readonly #paths = new Map<string, string>()

  constructor(session: CDPSession) {
    session.on('Network.requestWillBeSent', (event) => {
      this.#paths.set(event.requestId, new URL(event.request.url).pathname)
    })
    session.on('Network.dataReceived', (event) => {
      this.#chunks.set(
        event.requestId,
        (this.#chunks.get(event.requestId) ?? 0) + event.encodedDataLength,
      )
    })
    session.on('Network.loadingFinished', (event) => {
      this.#finished.set(event.requestId, event.encodedDataLength)
    })
  }

  /** Bytes per path so far. */
  snapshot(): Map<string, number> {
    const byPath = new Map<string, number>()
    for (const [id, path] of this.#paths) {
      const bytes = Math.max(this.#finished.get(id) ?? 0, this.#chunks.get(id) ?? 0)
      const key = path.startsWith('/api/') ? path : path.startsWith('/assets/') ? '/assets/*' : path
      byPath.set(key, (byPath.get(key) ?? 0) + bytes)
    }
    return byPath
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10
const total = (byPath: Map<string, number>) => [...byPath.values()].reduce((a, b) => a + b, 0)

function difference(after: Map<string, number>, before: Map<string, number>) {
  const result = new Map<string, number>()
  for (const [path, bytes] of after) {
    const added = bytes - (before.get(path) ?? 0)
    if (added > 0) result.set(path, added)
  }
  return result
}

/**
 * One warm-up load (the server prepares its answers once per version), then a fresh browser
 * context (empty cache) opens `/` and waits for the fleet's device count; then the tab idles.
 */
export async function measurePageLoad(
  browser: Browser,
  baseUrl: string,
  idleSeconds: number,
  ready: string,
): Promise<PageLoadFigures> {
  // bypassCSP: the readiness check is a script string, which the app's CSP refuses to evaluate.
  const warmContext = await browser.newContext({ bypassCSP: true })
  const warm = await warmContext.newPage()
  await warm.goto(`${baseUrl}/`)
  await warm.waitForFunction(ready, undefined, { timeout: 240_000, polling: 100 })
  await warmContext.close()

  const context = await browser.newContext({
    viewport: { width: 1440, height: 1000 },
    bypassCSP: true,
  })
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  await session.send('Network.enable')
  await session.send('Network.setCacheDisabled', { cacheDisabled: true })
  const counter = new WireCounter(session)
  const started = Date.now()
  await page.goto(`${baseUrl}/`)
  await page.waitForFunction(ready, undefined, { timeout: 240_000, polling: 50 })
  const readyMs = Date.now() - started
  // Requests the page started by now finish (its fetches), then the load is counted.
  await page.waitForLoadState('networkidle').catch(() => undefined)
  const loaded = counter.snapshot()
  await page.waitForTimeout(idleSeconds * 1000)
  const idle = difference(counter.snapshot(), loaded)
  await context.close()
  return {
    firstLoadKb: kb(total(loaded)),
    readyMs,
    idleKbPerMinute: kb((total(idle) * 60) / idleSeconds),
    byPath: Object.fromEntries([...loaded].map(([path, bytes]) => [path, kb(bytes)])),
    idleByPath: Object.fromEntries([...idle].map(([path, bytes]) => [path, kb(bytes)])),
  }
}
