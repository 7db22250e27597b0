// PGlite is one process's database: a second Doorboard on the same DATA_DIR (a second terminal, an
// orphan of a killed tsx CLI) refuses to start; the lock of a Doorboard killed with -9 is taken over.
import { afterEach, describe, expect, it } from 'vitest'
import { runServerProcess, runServerToExit, type ServerProcess } from './testing/run-server-process'
import { FAKE_API_KEY } from './testing/start-test-fake'
import { makeStoreTarget, type StoreTarget } from './testing/store-target'

let target: StoreTarget | undefined
let server: ServerProcess | undefined

afterEach(async () => {
  await server?.kill()
  server = undefined
  await target?.drop()
  target = undefined
})

describe('the embedded store', () => {
  it('is opened by one Doorboard at a time, and not held by one that was killed', async () => {
    const store = await makeStoreTarget('pglite')
    target = store
    const environment = {
      SEAM_API_KEY: FAKE_API_KEY,
      SEAM_ENDPOINT: 'http://127.0.0.1:9',
      LOG_LEVEL: 'warn',
      ...store.environment,
    }
    const first = await runServerProcess(environment)
    server = first
    const second = await runServerToExit(environment, 30_000)
    expect(second.code, second.output).toBe(1)
    expect(second.output).toContain(
      `Doorboard cannot start: Another Doorboard (process ${first.pid}) is using the embedded database in ${store.dataDir}/pglite.`,
    )
    expect(second.output).not.toContain('Doorboard is running')

    // A crash leaves its lock file behind; the next start takes it over.
    await first.kill()
    server = await runServerProcess(environment)
    expect(server.output()).toContain(`stored in ${store.dataDir}/pglite`)
  }, 60_000)
})
