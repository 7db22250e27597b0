// Test support for crash and fault tests: a store for a Doorboard process on either engine, read
// directly, and a fake with a large backlog whose whole event set is compared with what is served.
import {
  closeSync,
  cpSync,
  existsSync,
  mkdtempSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { openDatabase, type StoreEngine } from '../store/open-database'
import { FAKE_API_KEY, FAKE_WORKSPACE_ID, type TestFake } from './start-test-fake'
import { pgliteTemplate, TEST_DATABASE_URL } from './test-database'

export type RunQuery = <Row>(text: string, params?: unknown[]) => Promise<Row[]>

export interface StoreTarget {
  engine: StoreEngine
  /** DATA_DIR, and DATABASE_URL on PostgreSQL: what a server process needs to use this store. */
  environment: Record<string, string>
  dataDir: string
  /** PostgreSQL only: the URL of this store's own database. */
  databaseUrl: string | undefined
  /**
   * Runs SQL on the stored data. PGlite: only while no server holds the folder (it opens it, as a
   * restart would, and closes it again); PostgreSQL: at any time, on a connection of its own.
   */
  query<Row>(text: string, params?: unknown[]): Promise<Row[]>
  /** Several queries on one opening (PGlite takes a second or more to open a folder). */
  session<T>(use: (query: RunQuery) => Promise<T>): Promise<T>
  /** Removes the data (the folder; the database on PostgreSQL). */
  drop(): Promise<void>
}

let seededFolder: Promise<string> | undefined

/**
 * A migrated, empty PGlite folder to copy (initdb takes seconds), made from the template dump
 * once per template and kept in the temp folder beside it, shared by test workers and runs.
 */
function seededPglite(): Promise<string> {
  seededFolder ??= (async () => {
    const dump = await pgliteTemplate()
    const key = createHash('sha256')
      .update(Buffer.from(await dump.arrayBuffer()))
      .digest('hex')
      .slice(0, 16)
    const folder = path.join(tmpdir(), `doorboard-pglite-seed-${key}`)
    if (existsSync(folder)) return folder
    const dataDir = mkdtempSync(path.join(tmpdir(), 'doorboard-seed-'))
    const database = await openDatabase({ dataDir, pgliteTemplate: dump })
    await database.close()
    try {
      renameSync(path.join(dataDir, 'pglite'), folder)
    } catch (error) {
      // Another worker made it first: theirs is the same.
      if (!existsSync(folder)) throw error
    }
    rmSync(dataDir, { recursive: true, force: true })
    return folder
  })()
  return seededFolder
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/**
 * A fresh store. PostgreSQL gets a database of its own rather than a schema: a server started
 * with `DATABASE_URL=…?options=-c search_path=NAME` keeps drizzle's migrations table in the
 * shared `drizzle` schema, finds the migrations applied there by the first such schema, and
 * never creates its tables in the next one.
 */
export async function makeStoreTarget(
  engine: StoreEngine,
  /** PGlite: an empty folder of the caller's (e.g. a small mount) to use as DATA_DIR; kept by drop. */
  at?: string,
): Promise<StoreTarget> {
  const dataDir = at ?? mkdtempSync(path.join(tmpdir(), 'doorboard-crash-'))
  if (engine === 'pglite') {
    cpSync(await seededPglite(), path.join(dataDir, 'pglite'), { recursive: true })
    const session = async <T>(use: (query: RunQuery) => Promise<T>): Promise<T> => {
      const client = await PGlite.create(path.join(dataDir, 'pglite'))
      try {
        return await use(async <Row>(text: string, params: unknown[] = []) => {
          return (await client.query<Row>(text, params)).rows
        })
      } finally {
        await client.close()
      }
    }
    return {
      engine,
      environment: { DATA_DIR: dataDir },
      dataDir,
      databaseUrl: undefined,
      query: (text, params) => session((query) => query(text, params)),
      session,
      drop: () => {
        if (at === undefined) rmSync(dataDir, { recursive: true, force: true })
        return Promise.resolve()
      },
    }
  }
  const name = `doorboard_test_${process.pid}_${randomBytes(4).toString('hex')}`
  await adminQuery(`CREATE DATABASE "${name}"`)
  const url = new URL(TEST_DATABASE_URL)
  url.pathname = `/${name}`
  const databaseUrl = url.toString()
  const session = async <T>(use: (query: RunQuery) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: databaseUrl })
    await client.connect()
    try {
      return await use(async <Row>(text: string, params: unknown[] = []) => {
        return (await client.query(text, params)).rows as Row[]
      })
    } finally {
      await client.end()
    }
  }
  return {
    engine,
    environment: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    dataDir,
    databaseUrl,
    query: (text, params) => session((query) => query(text, params)),
    session,
    drop: async () => {
      rmSync(dataDir, { recursive: true, force: true })
      await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    },
  }
}

/** What a server process against `layerUrl` on this store needs; `extra` wins. */
export function serverEnvironment(
  target: StoreTarget,
  layerUrl: string,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    SEAM_API_KEY: FAKE_API_KEY,
    SEAM_ENDPOINT: layerUrl,
    POLL_INTERVAL_MS: '250',
    SIMULATOR: 'off',
    LOG_LEVEL: 'warn',
    BUILD_DIR: '/nonexistent-build',
    ...target.environment,
    ...extra,
  }
}

/**
 * Adds one lock event per `createdAt` (ms) to the fake in one state change: the fake's addEvent
 * copies its whole event list each time, which makes tens of thousands of calls take minutes.
 */
export function addEventsInBulk(fake: TestFake, createdAts: readonly number[]): string[] {
  const template =
    fake.fake.database.events.find(
      (event) => event.workspace_id === FAKE_WORKSPACE_ID && event.event_type === 'lock.locked',
    ) ??
    fake.addEvent({ event_type: 'lock.locked', device_id: 'august_device_1', method: 'manual' })
  const added = createdAts.map((ms) => {
    const at = new Date(ms).toISOString()
    return { ...template, event_id: randomUUID(), created_at: at, occurred_at: at }
  })
  // The fake's store is a zustand store; its setState is there at run time but not in the types.
  const database = fake.fake.database as unknown as {
    events: unknown[]
    setState(patch: object): void
  }
  database.setState({ events: [...database.events, ...added] })
  return added.map((event) => event.event_id)
}

export interface Health {
  status: string
  last_error: string | null
  event_count: number
}

export async function readHealth(url: string): Promise<Health> {
  return (await (await fetch(`${url}/api/health`)).json()) as Health
}

/** Every event id the server serves (GET /api/event_log without `after`), in its order. */
export async function servedIds(url: string): Promise<string[]> {
  const body = (await (await fetch(`${url}/api/event_log`)).json()) as {
    events: { event_id: string }[]
  }
  return body.events.map((event) => event.event_id)
}

export interface SetDifference {
  missing: number
  twice: number
  unexpected: number
  /** A few ids of each kind, for the failure message. */
  examples: string[]
}

/** How `actual` differs from `expected` as sets, and which ids `actual` holds more than once. */
export function setDifference(
  actual: readonly string[],
  expected: readonly string[],
): SetDifference {
  const have = new Set(actual)
  const want = new Set(expected)
  const missing = [...want].filter((id) => !have.has(id))
  const unexpected = [...have].filter((id) => !want.has(id))
  const twice = actual.length - have.size
  const seen = new Set<string>()
  const repeated = actual.filter((id) => seen.has(id) || (seen.add(id), false))
  return {
    missing: missing.length,
    twice,
    unexpected: unexpected.length,
    examples: [
      ...missing.slice(0, 3).map((id) => `missing ${id}`),
      ...repeated.slice(0, 3).map((id) => `twice ${id}`),
      ...unexpected.slice(0, 3).map((id) => `unexpected ${id}`),
    ],
  }
}

export const SAME_SET: SetDifference = { missing: 0, twice: 0, unexpected: 0, examples: [] }

/** Like waitFor, but looks every few milliseconds: for a moment that lasts a fraction of a second. */
export async function waitClosely(check: () => boolean, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

/**
 * The fake warns on every answer over 4 MB (a Next.js limit it copies): with a large backlog, on
 * every page. Drops just that warning; returns the undo.
 */
export function quietLargeAnswerWarnings(): () => void {
  const original = console.warn
  console.warn = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && /^API response for .* exceeds 4MB/.test(args[0])) return
    original(...args)
  }
  return () => {
    console.warn = original
  }
}

/** The ids of the fake's events created after `ms`. */
export function fakeIdsCreatedAfter(fake: TestFake, ms: number): string[] {
  return fake.fake.database.events
    .filter(
      (event) => event.workspace_id === FAKE_WORKSPACE_ID && Date.parse(event.created_at) > ms,
    )
    .map((event) => event.event_id)
}

/** A point in a PGlite store's write-ahead log: a WAL page, by file, offset and address. */
export interface WalMark {
  file: string
  offset: number
  address: bigint
}

/** PGlite, in a session while no server holds the folder: the WAL page `bytes` past its end. */
export async function walMarkAhead(query: RunQuery, bytes: number): Promise<WalMark> {
  const rows = await query<{ file_name: string; page_offset: number; page_lsn: string }>(`
    select file_name,
           file_offset - mod(file_offset, current_setting('wal_block_size')::int) as page_offset,
           ((pg_current_wal_insert_lsn() + ${bytes}) - '0/0'::pg_lsn)
             - mod(file_offset, current_setting('wal_block_size')::int) as page_lsn
    from pg_walfile_name_offset(pg_current_wal_insert_lsn() + ${bytes})`)
  const row = rows[0]!
  return { file: row.file_name, offset: Number(row.page_offset), address: BigInt(row.page_lsn) }
}

/**
 * Whether the WAL has been written up to the mark: the page there names its own address (bytes
 * 8–15 of a WAL page header). A recycled segment holds older pages, with older addresses.
 */
export function walReached(store: StoreTarget, mark: WalMark): boolean {
  let descriptor: number | undefined
  try {
    descriptor = openSync(path.join(store.dataDir, 'pglite', 'pg_wal', mark.file), 'r')
    const header = Buffer.alloc(8)
    return (
      readSync(descriptor, header, 0, 8, mark.offset + 8) === 8 &&
      header.readBigUInt64LE(0) === mark.address
    )
  } catch {
    return false
  } finally {
    if (descriptor !== undefined) closeSync(descriptor)
  }
}

/** Every event id the store holds (read after the server stopped, for PGlite). */
export async function storedIds(store: StoreTarget): Promise<string[]> {
  const rows = await store.query<{ event_id: string }>('select event_id from events')
  return rows.map((row) => row.event_id)
}

/** PostgreSQL: whether another session of this database is in the state `condition` says. */
export async function anotherSessionIs(store: StoreTarget, condition: string): Promise<boolean> {
  const rows = await store.query<{ sessions: string }>(
    `select count(*) as sessions from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and ${condition}`,
  )
  return Number(rows[0]?.sessions) > 0
}

/** Creation times for `count` events that arrive now, a millisecond apart. */
export function arrivingNow(count: number): number[] {
  return Array.from({ length: count }, (_, index) => Date.now() - 1_000 + index)
}
