// `npx tsx e2e/take-screenshots.ts`: screenshots of the real app for the README, from a running
// `npm start` (BASE_URL, default http://127.0.0.1:8787). Not part of npm test.
import { chromium } from '@playwright/test'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findOrInstallChromium } from './find-chromium'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8787'
// The wall is shot as a 1080p screen shows it; its stale shot needs the server started with
// EMBEDDED_SEAM_PORT so the fake Seam's events route can be taken down meanwhile.
const WALL_VIEWPORT = { width: 1920, height: 1080 }
const fakeSeamPort = process.env.EMBEDDED_SEAM_PORT
const shots: {
  name: string
  path: string
  colorScheme: 'light' | 'dark'
  viewport?: { width: number; height: number }
  outage?: boolean
}[] = [
  { name: 'fleet', path: '/', colorScheme: 'light' },
  { name: 'fleet-dark', path: '/', colorScheme: 'dark' },
  { name: 'fleet-table', path: '/?group=none', colorScheme: 'light' },
  { name: 'events', path: '/events?category=lock,access_code', colorScheme: 'light' },
  { name: 'events-dark', path: '/events?category=lock,access_code', colorScheme: 'dark' },
  { name: 'alerts', path: '/alerts', colorScheme: 'light' },
  { name: 'alerts-dark', path: '/alerts', colorScheme: 'dark' },
  // Ids are derived from names (server/embedded/stable-id.ts): Maple St 12 – Front door, the
  // Maple St 12 doorbell and the Google Nest account.
  { name: 'device', path: '/devices/52e028d0-0bdc-8d73-b062-e1cc47302ba3', colorScheme: 'light' },
  {
    name: 'device-dark',
    path: '/devices/03f5245e-23f8-8150-b956-c9b0b7dd01b4',
    colorScheme: 'dark',
  },
  { name: 'account', path: '/accounts/16db96ee-58b0-8682-8eff-6e5b67d7897a', colorScheme: 'light' },
  {
    name: 'account-dark',
    path: '/accounts/16db96ee-58b0-8682-8eff-6e5b67d7897a',
    colorScheme: 'dark',
  },
  // A light OS scheme on purpose: the wall stays dark whatever the OS asks for.
  { name: 'wall', path: '/wall', colorScheme: 'light', viewport: WALL_VIEWPORT },
  {
    name: 'wall-stale',
    path: '/wall',
    colorScheme: 'light',
    viewport: WALL_VIEWPORT,
    outage: true,
  },
]

/** Makes the embedded fake Seam answer 503 on these routes (none: the outage ends). */
async function simulateOutage(routes: string[]): Promise<void> {
  const response = await fetch(`http://127.0.0.1:${fakeSeamPort}/_fake/simulate_workspace_outage`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ workspace_id: 'doorboard_demo_workspace', routes }),
  })
  if (!response.ok) throw new Error(`The fake Seam refused the outage (${response.status}).`)
}

const browser = await chromium.launch({
  executablePath: findOrInstallChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  for (const shot of shots) {
    if (shot.outage === true && fakeSeamPort === undefined) {
      console.log(
        `skipped ${shot.name}: start the server with EMBEDDED_SEAM_PORT and set it here too`,
      )
      continue
    }
    const viewport = shot.viewport ?? { width: 1440, height: 1000 }
    const page = await browser.newPage({ viewport, colorScheme: shot.colorScheme })
    await page.goto(new URL(shot.path, baseUrl).toString())
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1_500)
    if (shot.outage === true) {
      await simulateOutage(['/events/list'])
      await page.getByRole('alert', { name: 'Data is stale' }).waitFor({ timeout: 60_000 })
      await page.waitForTimeout(3_000)
    }
    const file = path.join(root, 'docs', 'screenshots', `${shot.name}.png`)
    await page.screenshot({ path: file, fullPage: false })
    if (shot.outage === true) await simulateOutage([])
    console.log(`wrote ${path.relative(root, file)}`)
    await page.close()
  }
} finally {
  await browser.close()
}
