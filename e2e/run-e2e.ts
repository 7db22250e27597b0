// `npm run test:e2e`: make sure a Chromium exists, build the SPA, then run Playwright.
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { findOrInstallChromium } from './find-chromium'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const chromium = findOrInstallChromium()

const build = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'warn'],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
if (build.status !== 0) process.exit(build.status ?? 1)

const run = spawnSync(
  process.execPath,
  [path.join(root, 'node_modules/@playwright/test/cli.js'), 'test', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, CHROMIUM_PATH: chromium } },
)
process.exit(run.status ?? 1)
