// Moves the alert state of Doorboards before the database from its file into the tables, once.
import path from 'node:path'
import type { Database } from '../store/open-database'
import { importAlertState } from '../store/alert-state-rows'
import { ALERT_STATE_FILE_NAME, loadAlertStateFile } from './alert-state-file'
import { pruneAlertState, type AlertStateBounds } from './prune-alert-state'
import { saving } from './save-alert-state'

/**
 * The one-time import of `DATA_DIR/alert-state.json`, marked done in the same transaction whatever
 * was found (imported, absent, set aside), so no later start reads the file again. The file is
 * left as it was; a broken one is moved aside. Answers the start-up problem in words, if any.
 */
export async function importAlertStateFile(
  database: Database,
  directory: string,
  now: number,
  bounds: AlertStateBounds,
  logger: { info: (message: string) => void; warn: (message: string) => void } | undefined,
): Promise<string | undefined> {
  const file = path.join(directory, ALERT_STATE_FILE_NAME)
  const loaded = await loadAlertStateFile(file, now)
  const at = new Date(now).toISOString()
  switch (loaded.kind) {
    case 'missing':
      await saving(database, 'the alert state import mark', (db) =>
        importAlertState(db, { acknowledgements: [], snoozes: [] }, `${at}: no ${file}`),
      )
      return undefined
    case 'set-aside': {
      const problem = `The alert state file ${file} could not be used: ${loaded.reason}. It was moved to ${loaded.movedTo} and acknowledgements and snoozes start empty.`
      logger?.warn(problem)
      await saving(database, 'the alert state import mark', (db) =>
        importAlertState(db, { acknowledgements: [], snoozes: [] }, `${at}: ${file} set aside`),
      )
      return problem
    }
    case 'loaded': {
      const state = pruneAlertState(loaded.state, now, bounds)
      const counts = `${state.acknowledgements.length} ${state.acknowledgements.length === 1 ? 'acknowledgement' : 'acknowledgements'} and ${state.snoozes.length} ${state.snoozes.length === 1 ? 'snooze' : 'snoozes'}`
      const imported = await saving(database, 'the imported alert state', (db) =>
        importAlertState(db, state, `${at}: imported ${counts} from ${file}`),
      )
      if (imported) {
        logger?.info(
          `Imported ${counts} from ${file} into the database at ${database.location}. The file is left as it was and is no longer read.`,
        )
      }
      return undefined
    }
    default:
      return loaded satisfies never
  }
}
