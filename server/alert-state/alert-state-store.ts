// The acknowledgements and snoozes every browser shares: in memory, each change saved to the database.
import type {
  AcknowledgeBody,
  Acknowledgement,
  AlertState,
  Snooze,
  SnoozeBody,
} from './alert-state-schema'
import { pruneAlertState, type AlertStateBounds } from './prune-alert-state'
import { importAlertStateFile } from './import-alert-state-file'
import { saving } from './save-alert-state'
import type { Database } from '../store/open-database'
import {
  alertStateImportDone,
  loadAlertStateRows,
  writeAlertStateDiff,
} from '../store/alert-state-rows'
import {
  readAlertHistory,
  recordAlertAction,
  type AlertEpisode,
  type AlertHistoryQuery,
  type RecordedAction,
} from '../store/alert-history-rows'

const HOUR_MS = 3_600_000

export const DEFAULT_MAX_ENTRIES = 5_000

export interface AlertStateLogger {
  info: (message: string) => void
  warn: (message: string) => void
}

export interface AlertStateStoreOptions {
  /** The opened store; acknowledgements and snoozes live in its tables. */
  readonly database: Database
  /** DATA_DIR: where an `alert-state.json` from before the database is imported from, once. */
  readonly directory: string
  readonly retentionMs: number
  readonly maxEntries?: number
  readonly now?: () => number
  readonly logger?: AlertStateLogger
}

/** What a change does, in words for a message: "the acknowledgement". */
type ChangeName =
  | 'the acknowledgement'
  | 'the undoing of the acknowledgement'
  | 'the snooze'
  | 'the undoing of the snooze'

export class AlertStateStore {
  /** Why the old alert state file was not used at start, in words; undefined when fine or absent. */
  readonly startupProblem: string | undefined
  private readonly database: Database
  /** Always what the tables hold (pruning is applied on read and written with the next change). */
  private state: AlertState
  private readonly bounds: AlertStateBounds
  private readonly now: () => number
  // Changes run one at a time, each from the state the previous one saved.
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    database: Database,
    state: AlertState,
    bounds: AlertStateBounds,
    now: () => number,
    startupProblem: string | undefined,
  ) {
    this.database = database
    this.state = state
    this.bounds = bounds
    this.now = now
    this.startupProblem = startupProblem
  }

  /** What browsers see: expired snoozes and forgotten acknowledgements already left out. */
  snapshot(): AlertState {
    return pruneAlertState(this.state, this.now(), this.bounds)
  }

  acknowledge(body: AcknowledgeBody): Promise<AlertState> {
    return this.change('the acknowledgement', (state, now) => {
      const acknowledgement: Acknowledgement = {
        alert_id: body.alert_id,
        by: body.by,
        note: body.note,
        at: new Date(now).toISOString(),
      }
      return {
        next: {
          acknowledgements: [
            ...state.acknowledgements.filter((ack) => ack.alert_id !== body.alert_id),
            acknowledgement,
          ],
          snoozes: state.snoozes,
        },
        action: {
          alertId: body.alert_id,
          action: 'acknowledged',
          by: body.by,
          at: now,
          note: body.note,
        },
      }
    })
  }

  /** `by`: who undid it, for the history, when the browser says. */
  unacknowledge(alertId: string, by: string | null = null): Promise<AlertState> {
    return this.change('the undoing of the acknowledgement', (state, now) => {
      const visible = pruneAlertState(state, now, this.bounds)
      return {
        next: {
          acknowledgements: state.acknowledgements.filter((ack) => ack.alert_id !== alertId),
          snoozes: state.snoozes,
        },
        // Undoing what is not there changes nothing worth a line in the history.
        action: visible.acknowledgements.some((ack) => ack.alert_id === alertId)
          ? { alertId, action: 'unacknowledged', by, at: now }
          : undefined,
      }
    })
  }

  snooze(body: SnoozeBody): Promise<AlertState> {
    return this.change('the snooze', (state, now) => {
      const until = now + body.hours * HOUR_MS
      const snooze: Snooze = {
        alert_id: body.alert_id,
        by: body.by,
        hours: body.hours,
        at: new Date(now).toISOString(),
        until: new Date(until).toISOString(),
      }
      return {
        next: {
          acknowledgements: state.acknowledgements,
          snoozes: [...state.snoozes.filter((s) => s.alert_id !== body.alert_id), snooze],
        },
        action: { alertId: body.alert_id, action: 'snoozed', by: body.by, at: now, until },
      }
    })
  }

  /** `by`: who undid it, for the history, when the browser says. */
  unsnooze(alertId: string, by: string | null = null): Promise<AlertState> {
    return this.change('the undoing of the snooze', (state, now) => {
      const visible = pruneAlertState(state, now, this.bounds)
      return {
        next: {
          acknowledgements: state.acknowledgements,
          snoozes: state.snoozes.filter((snooze) => snooze.alert_id !== alertId),
        },
        action: visible.snoozes.some((snooze) => snooze.alert_id === alertId)
          ? { alertId, action: 'unsnoozed', by, at: now }
          : undefined,
      }
    })
  }

  /** Alert episodes, newest first (see readAlertHistory). */
  history(query: AlertHistoryQuery): Promise<AlertEpisode[]> {
    return readAlertHistory(this.database.db, query)
  }

  /** Where the state is kept, in words for messages. */
  get location(): string {
    return this.database.location
  }

  /** Waits for changes under way (tests, shutdown). */
  async settled(): Promise<void> {
    await this.queue.catch(() => undefined)
  }

  /**
   * Applies a change and its line in the alert history in one transaction, and only then makes it
   * visible: a change that could not be saved fails with a StoreWriteError and leaves the state as
   * it was.
   */
  private change(
    what: ChangeName,
    update: (
      state: AlertState,
      now: number,
    ) => { next: AlertState; action: RecordedAction | undefined },
  ): Promise<AlertState> {
    const run = async () => {
      const now = this.now()
      const { next: changed, action } = update(this.state, now)
      const next = pruneAlertState(changed, now, this.bounds)
      const before = this.state
      await saving(this.database, what, (db) =>
        db.transaction(async (tx) => {
          await writeAlertStateDiff(tx, before, next)
          if (action !== undefined) await recordAlertAction(tx, action)
        }),
      )
      this.state = next
      return next
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }
}

/**
 * Imports `alert-state.json` the first time a database is opened (the file is left as it was,
 * and never read again), then loads the state from the tables. A broken file is moved aside with
 * a warning and the state starts empty.
 */
export async function openAlertStateStore(
  options: AlertStateStoreOptions,
): Promise<AlertStateStore> {
  const { database } = options
  const now = options.now ?? Date.now
  const bounds = {
    retentionMs: options.retentionMs,
    maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
  }
  let problem: string | undefined
  if (!(await alertStateImportDone(database.db))) {
    problem = await importAlertStateFile(database, options.directory, now(), bounds, options.logger)
  }
  const loaded = await loadAlertStateRows(database.db)
  if (loaded.skipped.length > 0) {
    options.logger?.warn(
      `The database at ${database.location} holds alert state that is not valid and was left out: ${loaded.skipped.slice(0, 3).join(', ')}${loaded.skipped.length > 3 ? ` and ${loaded.skipped.length - 3} more` : ''}.`,
    )
  }
  return new AlertStateStore(database, loaded.state, bounds, now, problem)
}
