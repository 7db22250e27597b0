// Secrets stay on the server: not in the built SPA, not in any log line, not in any response.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { EMBEDDED_API_KEY } from './embedded/start-embedded-seam'
import { runServerProcess, type ServerProcess } from './testing/run-server-process'
import {
  FAKE_API_KEY,
  FAKE_WORKSPACE_ID,
  startTestFake,
  type TestFake,
} from './testing/start-test-fake'
import { waitFor } from './testing/wait-for'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const DASHBOARD_TOKEN = 'dashboard-token-for-the-leak-test-7f3a'
const BUILD_KEY = 'seam_buildtime_key_must_not_ship_91c2'
const GUEST_PIN = '730419'

let fake: TestFake | undefined
let server: ServerProcess | undefined

afterEach(async () => {
  await server?.stop()
  server = undefined
  await fake?.close()
  fake = undefined
})

function filesUnder(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name)
    return statSync(full).isDirectory() ? filesUnder(full) : [full]
  })
}

describe('the built SPA', () => {
  it('contains no API key or token in any file, even when built with them set', () => {
    const buildDir = mkdtempSync(path.join(tmpdir(), 'doorboard-leak-build-'))
    try {
      const build = spawnSync(
        process.execPath,
        [path.join(root, 'node_modules/vite/bin/vite.js'), 'build', '--logLevel', 'error'],
        {
          cwd: root,
          encoding: 'utf8',
          env: {
            ...process.env,
            BUILD_DIR: buildDir,
            SEAM_API_KEY: BUILD_KEY,
            VITE_SEAM_API_KEY: BUILD_KEY,
            DASHBOARD_TOKEN,
          },
        },
      )
      expect(build.status, build.stderr).toBe(0)
      const files = filesUnder(buildDir)
      expect(files.some((file) => file.endsWith('.js'))).toBe(true)
      // Every script is also there compressed, as the server sends it, and says the same.
      for (const script of files.filter((file) => file.endsWith('.js'))) {
        const original = readFileSync(script)
        expect(brotliDecompressSync(readFileSync(`${script}.br`)).equals(original)).toBe(true)
        expect(gunzipSync(readFileSync(`${script}.gz`)).equals(original)).toBe(true)
      }
      for (const file of files) {
        // A secret inside a compressed copy would not show in its bytes: read what it holds.
        const raw = readFileSync(file)
        const bytes = file.endsWith('.br')
          ? brotliDecompressSync(raw)
          : file.endsWith('.gz')
            ? gunzipSync(raw)
            : raw
        const content = bytes.toString('latin1')
        for (const secret of [BUILD_KEY, DASHBOARD_TOKEN, FAKE_API_KEY, EMBEDDED_API_KEY]) {
          expect(content.includes(secret), `${secret} in ${path.relative(buildDir, file)}`).toBe(
            false,
          )
        }
      }
    } finally {
      rmSync(buildDir, { recursive: true, force: true })
    }
  }, 90_000)
})

describe('log output', () => {
  it('never contains the API key or the dashboard token, through outage, revoked key and recovery', async () => {
    fake = await startTestFake()
    const testFake = fake
    server = await runServerProcess({
      SEAM_API_KEY: FAKE_API_KEY,
      SEAM_ENDPOINT: fake.url,
      DASHBOARD_TOKEN,
      LOG_LEVEL: 'trace',
      POLL_INTERVAL_MS: '250',
      BUILD_DIR: '/nonexistent-build',
    })
    const running = server
    const call = (url: string, init: RequestInit = {}) => fetch(`${running.url}${url}`, init)
    const sawInLog = (text: string) =>
      waitFor(
        () => running.output(),
        (output) => output.includes(text),
        `"${text}" in the log`,
      )

    // Requests that fail in every way a browser or a script can make them fail.
    await call('/api/event_log')
    await call('/api/event_log', { headers: { authorization: `Bearer ${FAKE_API_KEY}` } })
    await call('/sign-in', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `token=${FAKE_API_KEY}`,
    })
    await call('/api/locks/unlock_door', {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${DASHBOARD_TOKEN}` },
      body: JSON.stringify({ api_key: FAKE_API_KEY }),
    })
    const health = await call('/api/health', {
      headers: { authorization: `Bearer ${DASHBOARD_TOKEN}` },
    })
    expect(health.status).toBe(200)

    testFake.addEvent({
      event_type: 'access_code.set_on_device',
      device_id: 'august_device_1',
      access_code_id: 'ac_leak_test',
      code: GUEST_PIN,
    })
    testFake.fake.database.simulateWorkspaceOutage(FAKE_WORKSPACE_ID, { routes: ['/events/list'] })
    await sawInLog('Polling Seam events failed: Seam is failing (HTTP 503)')
    testFake.fake.database.simulateWorkspaceOutageRecovery(FAKE_WORKSPACE_ID)
    await sawInLog('Seam events are flowing again.')

    const database = testFake.fake.database as unknown as { setState(patch: object): void }
    const keys = testFake.fake.database.api_keys
    database.setState({ api_keys: keys.filter((key) => key.token !== FAKE_API_KEY) })
    await sawInLog('Seam rejected the API key (401)')
    database.setState({ api_keys: keys })
    await sawInLog('Seam events are flowing again.')
    const events = await call('/api/event_log', {
      headers: { authorization: `Bearer ${DASHBOARD_TOKEN}` },
    })
    const eventsText = await events.text()
    expect(eventsText).toContain('ac_leak_test')
    expect(eventsText).not.toContain(GUEST_PIN)
    await server.stop()

    const output = server.output()
    expect(output).toContain('Doorboard is running at')
    expect(output).not.toContain(FAKE_API_KEY)
    expect(output).not.toContain(DASHBOARD_TOKEN)
    expect(output).not.toContain(GUEST_PIN)
  }, 60_000)

  it('never contains the embedded fake’s key either', async () => {
    server = await runServerProcess({
      LOG_LEVEL: 'trace',
      POLL_INTERVAL_MS: '250',
      SIMULATOR_INTERVAL_MS: '200',
      BUILD_DIR: '/nonexistent-build',
    })
    const running = server
    await waitFor(
      async () =>
        (await (await fetch(`${running.url}/api/health`)).json()) as { event_count: number },
      (health) => health.event_count > 0,
      'embedded events',
    )
    await fetch(`${running.url}/api/nope`)
    await server.stop()
    expect(server.output()).toContain('embedded fake Seam')
    expect(server.output()).not.toContain(EMBEDDED_API_KEY)
  }, 60_000)
})
