// Finds a Chromium for Playwright; on Debian as root installs the distribution's package.
// Playwright's own browser download is impossible in CI here, so we never rely on it.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium(): string | undefined {
  const fromEnvironment = process.env.CHROMIUM_PATH
  if (fromEnvironment !== undefined && existsSync(fromEnvironment)) return fromEnvironment
  return CANDIDATES.find((candidate) => existsSync(candidate))
}

export function findOrInstallChromium(): string {
  const found = findChromium()
  if (found !== undefined) return found
  const isRoot = process.getuid?.() === 0
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(
      "Chromium not found: installing Debian's chromium package (apt-get install -y chromium)…",
    )
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' })
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-dejavu-core'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    })
    const installed = findChromium()
    if (installed !== undefined) return installed
  }
  throw new Error(
    'No Chromium found for the browser tests. Install it (Debian: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  )
}
