// Playwright drives Debian's Chromium against the server `npm start` runs (embedded fake Seam).
import { defineConfig } from '@playwright/test'
import os from 'node:os'
import path from 'node:path'
import { findChromium } from './e2e/find-chromium'

const port = Number(process.env.E2E_PORT ?? 8799)
/** The embedded fake Seam, fixed so specs can simulate outages through its /_fake routes. */
const embeddedSeamPort = port + 1000

export default defineConfig({
  testDir: 'e2e',
  testMatch: '*.spec.ts',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? 'list' : 'line',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: findChromium(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: 'npm start',
    url: `http://127.0.0.1:${port}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      PORT: String(port),
      POLL_INTERVAL_MS: '1000',
      SIMULATOR_INTERVAL_MS: '1500',
      // The history ends with the Harbor View hub down for 15 min (back 15 min into the run), so
      // e2e/hub-outage.spec.ts sees its incident at once; no other spec needs every device online.
      SIMULATOR_START: 'hub-outage',
      EMBEDDED_SEAM_PORT: String(embeddedSeamPort),
      SEAM_API_KEY: '',
      SEAM_ENDPOINT: '',
      // Acknowledgements made by tests stay out of the developer's own data/.
      DATA_DIR: path.join(os.tmpdir(), `doorboard-e2e-${port}`),
    },
  },
})
