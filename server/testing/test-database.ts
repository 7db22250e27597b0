// Test support: a fresh store on either engine, PGlite from a migrated template, PostgreSQL in a
// schema of its own on the machine's server (TEST_DATABASE_URL), dropped afterwards.
import { existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { randomBytes } from 'node:crypto'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import {
  MIGRATIONS_FOLDER,
  openDatabase,
  type Database,
  type StoreEngine,
} from '../store/open-database'

const require = createRequire(import.meta.url)

export const TEST_DATABASE_URL =
  process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

export interface TestDatabase extends Database {
  /** Where it was opened from, to open the same data again (a restart). */
  reopen(): Promise<TestDatabase>
  /** Closes it and removes its data (the schema on PostgreSQL). */
  drop(): Promise<void>
}

let template: Promise<Blob> | undefined

/**
 * A migrated, empty PGlite database as a dump, kept in the temp folder under a name that changes
 * with PGlite's version and the migrations, so test workers and runs share one (initdb is slow).
 */
export function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const journal = readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'))
    // The package's exports hide package.json; its folder holds it all the same.
    const pgliteEntry = require.resolve('@electric-sql/pglite')
    const pgliteVersion = readFileSync(
      path.join(
        pgliteEntry.slice(0, pgliteEntry.lastIndexOf('node_modules')),
        'node_modules/@electric-sql/pglite/package.json',
      ),
      'utf8',
    )
    const key = createHash('sha256')
      .update(journal)
      .update(pgliteVersion)
      .digest('hex')
      .slice(0, 16)
    const file = path.join(tmpdir(), `doorboard-pglite-template-${key}.tar`)
    if (existsSync(file)) return new Blob([readFileSync(file)])
    const folder = mkdtempSync(path.join(tmpdir(), 'doorboard-template-'))
    const database = await openDatabase({ dataDir: folder })
    await database.close()
    const client = await PGlite.create(path.join(folder, 'pglite'))
    const dump = await client.dumpDataDir('none')
    await client.close()
    rmSync(folder, { recursive: true, force: true })
    const partial = `${file}.${process.pid}`
    writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
    renameSync(partial, file)
    return dump
  })()
  return template
}

/** Whether the PostgreSQL tests can run here; why not, in words, when they cannot. */
export async function postgresProblem(): Promise<string | undefined> {
  const client = new pg.Client({
    connectionString: TEST_DATABASE_URL,
    connectionTimeoutMillis: 3_000,
  })
  try {
    await client.connect()
    await client.query('select 1')
    return undefined
  } catch (error) {
    return `PostgreSQL at ${TEST_DATABASE_URL} is not reachable (${error instanceof Error ? error.message : String(error)})`
  } finally {
    await client.end().catch(() => undefined)
  }
}

export interface EngineCase {
  engine: StoreEngine
  /** Set when the engine cannot be tested here: its tests are skipped, loudly. */
  skip: string | undefined
}

/**
 * Both engines, for `describe.each`. PostgreSQL tests are skipped, with one loud line, only on a
 * machine without the server; under CI they fail instead, so CI can never pass without them.
 */
export async function storeEngines(): Promise<EngineCase[]> {
  const problem = await postgresProblem()
  if (problem !== undefined) {
    if (process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false') {
      throw new Error(`${problem}. CI must run the PostgreSQL store tests: start PostgreSQL.`)
    }
    console.error(
      `\n!!! SKIPPING the PostgreSQL store tests: ${problem}. Set TEST_DATABASE_URL. !!!\n`,
    )
  }
  return [
    { engine: 'pglite', skip: undefined },
    { engine: 'postgres', skip: problem },
  ]
}

let proxyEngine: Promise<StoreEngine> | undefined

/**
 * The engine for tests about the proxy rather than its store: the machine's PostgreSQL, which
 * opens in milliseconds, or PGlite (about a second each) where there is none. Store tests and the
 * restart tests name their engines themselves, and the e2e run uses the embedded default.
 */
export function proxyTestEngine(): Promise<StoreEngine> {
  proxyEngine ??= postgresProblem().then((problem) =>
    problem === undefined ? 'postgres' : 'pglite',
  )
  return proxyEngine
}

export async function openTestDatabase(engine: StoreEngine): Promise<TestDatabase> {
  if (engine === 'pglite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'doorboard-store-'))
    const pgliteTemplateDump = await pgliteTemplate()
    const open = async (first: boolean): Promise<TestDatabase> => {
      const database = await openDatabase({
        dataDir,
        ...(first ? { pgliteTemplate: pgliteTemplateDump } : {}),
      })
      return {
        ...database,
        reopen: () => open(false),
        drop: () => database.close().catch(() => undefined),
      }
    }
    return open(true)
  }
  const schemaName = `doorboard_test_${process.pid}_${randomBytes(4).toString('hex')}`
  const open = async (): Promise<TestDatabase> => {
    const database = await openDatabase({
      databaseUrl: TEST_DATABASE_URL,
      dataDir: tmpdir(),
      schemaName,
    })
    return {
      ...database,
      reopen: open,
      drop: async () => {
        await database.close().catch(() => undefined)
        await dropSchema(schemaName)
      },
    }
  }
  return open()
}

async function dropSchema(schemaName: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await client.connect()
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schemaName}" CASCADE`)
  } finally {
    await client.end()
  }
}
