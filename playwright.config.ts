// Playwright drives Debian's Chromium against the server `npm start` runs (embedded fake Seam).
import { defineConfig } from '@playwright/test'
import { findChromium } from './e2e/find-chromium'

const port = Number(process.env.E2E_PORT ?? 8799)

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
      SEAM_API_KEY: '',
      SEAM_ENDPOINT: '',
    },
  },
})
