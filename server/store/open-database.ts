// Opens the one SQL store: embedded PGlite under DATA_DIR by default, PostgreSQL by DATABASE_URL.
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PGlite } from '@electric-sql/pglite'
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite'
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator'
import { drizzle as drizzlePostgres } from 'drizzle-orm/node-postgres'
import { migrate as migratePostgres } from 'drizzle-orm/node-postgres/migrator'
import { readMigrationFiles } from 'drizzle-orm/migrator'
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'
import pg from 'pg'
import * as schema from './schema'
import { describeDatabaseError } from './describe-database-error'
import { queryRows } from './query-rows'
import { lockFolder, type FolderLock } from './pglite-lock'

export type StoreEngine = 'pglite' | 'postgres'

/** The query builder both engines share. */
export type StoreDb = PgDatabase<PgQueryResultHKT, typeof schema>

export interface Database {
  engine: StoreEngine
  db: StoreDb
  /** Where the data lives, in words for messages: a folder or a server (never a password). */
  location: string
  close(): Promise<void>
}

export interface OpenDatabaseOptions {
  /** postgres://…; absent: embedded PGlite under `dataDir`. */
  databaseUrl?: string | undefined
  dataDir: string
  /** PostgreSQL only: keep every table in this schema (tests use one schema per run). */
  schemaName?: string
  /**
   * PGlite only, for a new folder: start from this dump of a migrated database instead of
   * creating one (initdb takes seconds; tests open hundreds of databases).
   */
  pgliteTemplate?: Blob
}

export const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url))
const MIGRATIONS_TABLE = '__drizzle_migrations'

/** The store could not be opened or migrated; the message says why and what to do. */
export class StoreOpenError extends Error {
  override name = 'StoreOpenError'
}

/**
 * PGlite's own start parameters, plus a small write-ahead log: PostgreSQL's default lets it grow
 * to 1 GB before a checkpoint recycles it, which after a first ingest doubled the folder's size.
 */
const PGLITE_START_PARAMS = [
  ...(PGlite as unknown as { defaultStartParams: readonly string[] }).defaultStartParams,
  '-c',
  'max_wal_size=64MB',
  '-c',
  'min_wal_size=32MB',
]

export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  return options.databaseUrl === undefined
    ? openPglite(options.dataDir, options.pgliteTemplate)
    : openPostgres(options.databaseUrl, options.schemaName)
}

async function openPglite(dataDir: string, template: Blob | undefined): Promise<Database> {
  const folder = path.join(dataDir, 'pglite')
  let client: PGlite
  let lock: FolderLock
  try {
    mkdirSync(folder, { recursive: true })
    const taken = lockFolder(folder)
    if ('heldBy' in taken) {
      throw new StoreOpenError(
        `Another Doorboard (process ${taken.heldBy}) is using the embedded database in ${folder}. Stop it, or set DATA_DIR to another folder.`,
      )
    }
    lock = taken
  } catch (error) {
    if (error instanceof StoreOpenError) throw error
    throw new StoreOpenError(
      `Cannot open the embedded database in ${folder}: ${describeDatabaseError(error)} Set DATA_DIR to a writable folder with free space, or DATABASE_URL to a PostgreSQL server.`,
    )
  }
  try {
    client = await PGlite.create(folder, {
      ...(template === undefined ? {} : { loadDataDir: template }),
      startParams: PGLITE_START_PARAMS,
    })
  } catch (error) {
    lock.release()
    throw new StoreOpenError(
      `Cannot open the embedded database in ${folder}: ${describeDatabaseError(error)} Set DATA_DIR to a writable folder with free space, or DATABASE_URL to a PostgreSQL server.`,
    )
  }
  const db = drizzlePglite(client, { schema }) as unknown as StoreDb
  const database: Database = {
    engine: 'pglite',
    db,
    location: folder,
    close: async () => {
      try {
        await client.close()
      } finally {
        lock.release()
      }
    },
  }
  await runMigrations(database, 'drizzle', () =>
    migratePglite(drizzlePglite(client, { schema }), {
      migrationsFolder: MIGRATIONS_FOLDER,
      migrationsTable: MIGRATIONS_TABLE,
    }),
  )
  return database
}

async function openPostgres(
  databaseUrl: string,
  schemaName: string | undefined,
): Promise<Database> {
  const url = new URL(databaseUrl)
  const location = `PostgreSQL at ${url.hostname}:${url.port || '5432'}${url.pathname}`
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: 4,
    connectionTimeoutMillis: 5_000,
    ...(schemaName === undefined ? {} : { options: `-c search_path=${schemaName}` }),
  })
  // An idle connection the server dropped must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  // The record of migrations lives in the tables' own schema (the first of search_path, e.g.
  // from `?options=-c search_path=NAME` in DATABASE_URL), so two schemas in one database never
  // share it.
  let migrationsSchema: string
  try {
    const connection = await pool.connect()
    try {
      if (schemaName !== undefined) {
        await connection.query(`CREATE SCHEMA IF NOT EXISTS "${schemaName}"`)
      }
      const current = await connection.query<{ schema: string | null }>(
        'select current_schema() as schema',
      )
      const found = current.rows[0]?.schema
      if (found == null) {
        throw new StoreOpenError(
          `${location} has no schema to keep Doorboard's tables in: the search_path of DATABASE_URL names none that exists. Create it, or fix DATABASE_URL.`,
        )
      }
      migrationsSchema = found
    } finally {
      connection.release()
    }
  } catch (error) {
    if (error instanceof StoreOpenError) {
      await pool.end().catch(() => undefined)
      throw error
    }
    await pool.end().catch(() => undefined)
    throw new StoreOpenError(
      `Cannot reach ${location}: ${describeDatabaseError(error)} Check DATABASE_URL, or unset it to use the embedded database.`,
    )
  }
  const db = drizzlePostgres(pool, { schema })
  const database: Database = {
    engine: 'postgres',
    db,
    location,
    close: () => pool.end(),
  }
  await runMigrations(database, migrationsSchema, () =>
    migratePostgres(db, {
      migrationsFolder: MIGRATIONS_FOLDER,
      migrationsTable: MIGRATIONS_TABLE,
      migrationsSchema,
    }),
  )
  return database
}

/** Refuses a database a newer Doorboard has migrated, then brings an older one up to date. */
async function runMigrations(
  database: Database,
  migrationsSchema: string,
  migrate: () => Promise<void>,
): Promise<void> {
  const known = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })
  const newestKnown = Math.max(0, ...known.map((migration) => migration.folderMillis))
  try {
    const newestApplied = await newestAppliedMigration(database.db, migrationsSchema)
    if (newestApplied !== null && newestApplied > newestKnown) {
      throw new StoreOpenError(
        `The database at ${database.location} was written by a newer Doorboard (schema of ${new Date(newestApplied).toISOString()}; this version knows schemas up to ${new Date(newestKnown).toISOString()}). Start the newer Doorboard, or point ${database.engine === 'pglite' ? 'DATA_DIR' : 'DATABASE_URL'} at another database.`,
      )
    }
    await migrate()
  } catch (error) {
    await database.close().catch(() => undefined)
    if (error instanceof StoreOpenError) throw error
    throw new StoreOpenError(
      `Cannot prepare the database at ${database.location}: ${describeDatabaseError(error)}`,
    )
  }
}

async function newestAppliedMigration(
  db: StoreDb,
  migrationsSchema: string,
): Promise<number | null> {
  const table = `${migrationsSchema}.${MIGRATIONS_TABLE}`
  const exists = queryRows<{ present: string | null }>(
    await db.execute(sql`select to_regclass(${table})::text as present`),
  )
  if (exists[0]?.present == null) return null
  const newest = queryRows<{ newest: string | null }>(
    await db.execute(
      sql`select max(created_at)::text as newest from ${sql.identifier(migrationsSchema)}.${sql.identifier(MIGRATIONS_TABLE)}`,
    ),
  )
  const value = newest[0]?.newest
  return value == null ? null : Number(value)
}

/** Runs a read the start depends on; a failure stops the start with a message, not a stack. */
export async function readingAtStart<T>(location: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof StoreOpenError) throw error
    throw new StoreOpenError(
      `Cannot read what the database at ${location} keeps: ${describeDatabaseError(error)}`,
    )
  }
}
