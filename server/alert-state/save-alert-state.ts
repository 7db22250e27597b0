// A write to the alert state a person asked for: a failure says nothing was saved, why, what to do.
import type { Database, StoreDb } from '../store/open-database'
import { describeDatabaseError } from '../store/describe-database-error'
import { StoreWriteError } from '../store/store-write-error'

/**
 * A write a person asked for: when it fails, nothing was saved, and the message says so and what
 * to check. (writingTo's words promise a later retry, which holds for events, not for a click.)
 */
export async function saving<T>(
  database: Database,
  what: string,
  write: (db: StoreDb) => Promise<T>,
): Promise<T> {
  try {
    return await write(database.db)
  } catch (error) {
    const check =
      database.engine === 'pglite'
        ? 'Check that DATA_DIR has free space and is writable'
        : 'Check that the PostgreSQL server of DATABASE_URL is up and accepts writes'
    const why = describeDatabaseError(error).replace(/([^.])$/, '$1.')
    throw new StoreWriteError(
      `Cannot write ${what} to the database at ${database.location}: ${why} Nothing was saved. ${check}, then try again.`,
      { cause: error },
    )
  }
}
