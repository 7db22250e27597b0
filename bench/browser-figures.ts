// The figures taken in Chromium against `FLEET=large`: filter keystroke to painted rows, and the wall's heap over a soak.
import { chromium, type Page } from '@playwright/test'
import { median } from './bench-stats'

export interface FilterFigures {
  readonly medianMs: number
  readonly samples: readonly number[]
  readonly rowsShown: number
}

export interface SoakFigures {
  readonly growthPct: number
  readonly heapAfterWarmupMb: number
  readonly heapAtEndMb: number
  readonly seconds: number
  readonly eventsAdded: number
}

const QUERY = 'maple 3'
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

export async function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  })
}

/**
 * Types QUERY into "Filter devices" a key at a time, then deletes it a key at a time. Each sample
 * runs from the keydown (its event timestamp) to the first animation frame in which the rows are
 * those of the box's new text (the page's data-filter-query says which query they were filtered
 * by; without it, the frame in which the text differs from before the key): that frame paints them.
 */
export async function measureFilter(page: Page, baseUrl: string): Promise<FilterFigures> {
  await page.goto(`${baseUrl}/`)
  const box = page.getByRole('searchbox', { name: 'Filter devices' })
  await box.waitFor({ timeout: 180_000 })
  // The fleet is in when thousands of devices are counted somewhere on the page.
  await page.waitForFunction('/5,0\\d\\d/.test(document.body.innerText)', undefined, {
    timeout: 240_000,
    polling: 500,
  })
  await page.waitForTimeout(3_000)
  await box.click()
  const samples: number[] = []
  const keys = [...QUERY.split(''), ...QUERY.split('').map(() => 'Backspace')]
  for (const key of keys) {
    // Armed before the key is sent, so the keydown cannot slip past the listener.
    await page.evaluate(() => armKeyWatch())
    await page.keyboard.press(key === ' ' ? 'Space' : key)
    const ms = await page.evaluate(() => keyResult)
    if (ms !== null) samples.push(ms)
    await page.waitForTimeout(300)
  }
  const rowsShown = await page.getByRole('row').count()
  return { medianMs: median(samples), samples, rowsShown }
}

declare function armKeyWatch(): void
declare const keyResult: Promise<number | null>

/** Installed in the page before it loads: the measuring side of measureFilter. */
export const FILTER_PROBE = `
window.armKeyWatch = () => { window.keyResult = new Promise((resolve) => {
  const main = document.querySelector('main') || document.body
  const before = main.textContent
  // The query the drawn rows were filtered by (data-filter-query on the fleet's devices). Many
  // keys keep the same rows ("map" → "mapl"), so the text alone would wait for the next poll to
  // change something; without the attribute, the text is all there is to go by.
  const applied = () => main.querySelector('[data-filter-query]')?.getAttribute('data-filter-query') ?? null
  const appliedBefore = applied()
  const gaveUp = setTimeout(() => resolve(null), 5000)
  // On the document: React may replace the input element between keys.
  document.addEventListener('keydown', (event) => {
    const started = event.timeStamp
    const box = event.target
    const drawn = () => {
      const query = applied()
      return query === null ? main.textContent !== before : query !== appliedBefore && query === box.value
    }
    const frame = () => requestAnimationFrame(() => {
      const now = performance.now()
      if (drawn()) { clearTimeout(gaveUp); resolve(now - started) }
      else if (now - started > 3000) { clearTimeout(gaveUp); resolve(null) }
      else frame()
    })
    frame()
  }, { once: true, capture: true })
}) }
`

/**
 * Opens /wall, lets it warm up, then reads the JS heap after a forced collection at the end of
 * the warm-up and at the end of the run (CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage).
 */
export async function measureSoak(
  page: Page,
  baseUrl: string,
  warmupSeconds: number,
  soakSeconds: number,
  eventCount: () => Promise<number>,
): Promise<SoakFigures> {
  const cdp = await page.context().newCDPSession(page)
  await page.goto(`${baseUrl}/wall`)
  await page.waitForTimeout(warmupSeconds * 1_000)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    const usage = await cdp.send('Runtime.getHeapUsage')
    return usage.usedSize
  }
  const start = await heap()
  const eventsBefore = await eventCount()
  await page.waitForTimeout(soakSeconds * 1_000)
  const end = await heap()
  const eventsAfter = await eventCount()
  return {
    growthPct: ((end - start) / start) * 100,
    heapAfterWarmupMb: start / 1e6,
    heapAtEndMb: end / 1e6,
    seconds: soakSeconds,
    eventsAdded: eventsAfter - eventsBefore,
  }
}
