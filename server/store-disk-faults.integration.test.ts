// The embedded store's disk failing: an unwritable DATA_DIR or a full disk stops the start with a
// message naming the folder; a disk that fills while running is reported, and nothing is lost.
import { execFileSync } from 'node:child_process'
import {
  closeSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startPagingLayer, type PagingLayer } from './testing/seam-like-paging'
import { runServerProcess, runServerToExit, type ServerProcess } from './testing/run-server-process'
import { startTestFake, type TestFake } from './testing/start-test-fake'
import { waitFor } from './testing/wait-for'
import {
  addEventsInBulk,
  makeStoreTarget,
  readHealth,
  SAME_SET,
  serverEnvironment,
  servedIds,
  setDifference,
  type StoreTarget,
  storedIds,
  arrivingNow,
} from './testing/store-target'

/** A migrated store takes 39.6 MB once a server has started on it (measured with df). */
const ROOM_TO_START_MB = 48

const isRoot = process.getuid?.() === 0
if (!isRoot) {
  console.error(
    '\n!!! SKIPPING the disk fault tests: they mount small file systems (run as root). !!!\n',
  )
}

let fake: TestFake | undefined
let layer: PagingLayer | undefined
let server: ServerProcess | undefined
const cleanups: (() => Promise<void> | void)[] = []

afterEach(async () => {
  await server?.kill()
  server = undefined
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
  await layer?.close()
  await fake?.close()
  layer = undefined
  fake = undefined
})

/** A tmpfs of `sizeMb` at a new folder, unmounted (and removed) after the test. */
function mountTmpfs(sizeMb: number, at = mkdtempSync(path.join(tmpdir(), 'doorboard-disk-'))) {
  mkdirSync(at, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeMb}m`, 'tmpfs', at])
  cleanups.push(() => {
    try {
      execFileSync('umount', [at])
    } catch {
      // Still held by a process that is on its way out: detach it now, freed when it closes.
      execFileSync('umount', ['-l', at])
    }
    rmSync(at, { recursive: true, force: true })
  })
  return at
}

/** Writes to `file` until the disk refuses: megabytes, then pages, then bytes. */
function fillDisk(file: string): void {
  const descriptor = openSync(file, 'w')
  try {
    for (const size of [1 << 20, 4096, 1]) {
      const chunk = Buffer.alloc(size)
      try {
        for (;;) writeSync(descriptor, chunk)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      }
    }
  } finally {
    closeSync(descriptor)
  }
}

/** A migrated store on a new tmpfs with room to start: the DATA_DIR of a server. */
async function storeOnSmallDisk(): Promise<StoreTarget> {
  return makeStoreTarget('pglite', mountTmpfs(ROOM_TO_START_MB))
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

const START = { SEAM_API_KEY: 'seam_apikey1_token', SEAM_ENDPOINT: 'http://127.0.0.1:9' }

describe.skipIf(!isRoot)('the embedded store on a disk that fails', () => {
  it('refuses to start on a DATA_DIR it cannot write, or a full disk, naming the folder', async () => {
    const parent = mkdtempSync(path.join(tmpdir(), 'doorboard-disk-'))
    cleanups.push(() => rmSync(parent, { recursive: true, force: true }))
    writeFileSync(path.join(parent, 'a-file'), '')
    const underFile = path.join(parent, 'a-file', 'data')

    const readOnly = mountTmpfs(1)
    execFileSync('mount', ['-o', 'remount,ro', readOnly])

    // A store that exists, on a disk mounted read-only under a writable DATA_DIR.
    const seeded = await makeStoreTarget('pglite')
    cleanups.push(() => seeded.drop())
    const storeDataDir = mkdtempSync(path.join(tmpdir(), 'doorboard-disk-'))
    cleanups.push(() => rmSync(storeDataDir, { recursive: true, force: true }))
    const readOnlyStore = mountTmpfs(ROOM_TO_START_MB, path.join(storeDataDir, 'pglite'))
    cpSync(path.join(seeded.dataDir, 'pglite'), readOnlyStore, { recursive: true })
    execFileSync('mount', ['-o', 'remount,ro', readOnlyStore])

    // A store that exists, on a disk with no byte left.
    const { dataDir: fullDataDir } = await storeOnSmallDisk()
    fillDisk(path.join(fullDataDir, 'filler'))

    const [file, mount, store, full] = await Promise.all(
      [underFile, readOnly, storeDataDir, fullDataDir].map((DATA_DIR) =>
        runServerToExit({ ...START, DATA_DIR }),
      ),
    )
    // Never a silent in-memory fallback: each start stops, with its reason.
    for (const finished of [file, mount, store, full]) {
      expect(finished!.code, finished!.output).toBe(1)
      expect(finished!.output).not.toContain('Doorboard is running')
    }
    expect(file!.output).toContain(
      `Doorboard cannot start: DATA_DIR ${underFile} cannot be created or written (ENOTDIR`,
    )
    expect(mount!.output).toContain(
      `Doorboard cannot start: DATA_DIR ${readOnly} cannot be created or written (EROFS`,
    )
    // Why, as far as it is known: the lock file or PGlite's own files refused.
    const cannotOpen = (folder: string, reason: string) =>
      new RegExp(
        `Doorboard cannot start: Cannot open the embedded database in ${escape(folder)}: (${reason}|PGlite could not start on its files \\(a read-only or full disk)`,
      )
    expect(store!.output).toMatch(cannotOpen(readOnlyStore, 'permission denied \\(EROFS\\)'))
    expect(full!.output).toMatch(
      cannotOpen(path.join(fullDataDir, 'pglite'), 'the disk is full \\(ENOSPC\\)'),
    )
  }, 60_000)

  it('says the disk is full while running, serves what it has, and catches up once freed', async () => {
    fake = await startTestFake()
    layer = await startPagingLayer({ target: fake.url })
    const store = await storeOnSmallDisk()
    const { dataDir } = store
    server = await runServerProcess(serverEnvironment(store, layer.url))
    const running = server
    const before = fake.eventIds()
    await waitFor(
      () => readHealth(running.url),
      (health) => health.status === 'ok' && health.event_count === before.length,
      'the first poll',
    )

    fillDisk(path.join(dataDir, 'filler'))
    addEventsInBulk(fake, arrivingNow(300))
    const full = await waitFor(
      () => readHealth(running.url),
      (health) => health.last_error !== null,
      'health to report the full disk',
    )
    expect(full.status).not.toBe('ok')
    expect(full.last_error).toBe(
      `Cannot write events to the database at ${path.join(dataDir, 'pglite')}: the disk is full (ENOSPC). Nothing is lost: Doorboard keeps what Seam has and writes it once the database accepts it.`,
    )
    // Events are shown only once written: none of the new ones, no memory-only store.
    expect(setDifference(await servedIds(running.url), before)).toEqual(SAME_SET)

    rmSync(path.join(dataDir, 'filler'))
    const after = fake.eventIds()
    await waitFor(
      () => readHealth(running.url),
      (health) => health.status === 'ok' && health.event_count === after.length,
      'ingest to resume',
    )
    expect(setDifference(await servedIds(running.url), after)).toEqual(SAME_SET)
    await running.stop()
    server = undefined
    expect(setDifference(await storedIds(store), after)).toEqual(SAME_SET)
  }, 60_000)
})
