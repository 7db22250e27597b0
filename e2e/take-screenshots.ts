// `npx tsx e2e/take-screenshots.ts`: screenshots of the real app for the README, from a running
// `npm start` (BASE_URL, default http://127.0.0.1:8787). Not part of npm test.
import { chromium } from '@playwright/test'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findOrInstallChromium } from './find-chromium'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const baseUrl = process.env.BASE_URL ?? 'http://127.0.0.1:8787'
const shots: { name: string; path: string; colorScheme: 'light' | 'dark' }[] = [
  { name: 'fleet', path: '/', colorScheme: 'light' },
  { name: 'fleet-dark', path: '/', colorScheme: 'dark' },
]

const browser = await chromium.launch({
  executablePath: findOrInstallChromium(),
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
})
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, colorScheme: shot.colorScheme })
    await page.goto(new URL(shot.path, baseUrl).toString())
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1_500)
    const file = path.join(root, 'docs', 'screenshots', `${shot.name}.png`)
    await page.screenshot({ path: file, fullPage: false })
    console.log(`wrote ${path.relative(root, file)}`)
    await page.close()
  }
} finally {
  await browser.close()
}
