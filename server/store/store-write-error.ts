// A write to the store failed: the message already says where, why and what to do.
import { describeDatabaseError } from './describe-database-error'

export class StoreWriteError extends Error {
  override name = 'StoreWriteError'
}

/** Runs a write; a failure becomes a StoreWriteError naming the database and the cause. */
export async function writingTo<T>(
  location: string,
  what: string,
  write: () => Promise<T>,
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    throw new StoreWriteError(
      `Cannot write ${what} to the database at ${location}: ${describeDatabaseError(error)} Nothing is lost: Doorboard keeps what Seam has and writes it once the database accepts it.`,
    )
  }
}
