// The acknowledgements and snoozes every browser shares: in memory, persisted after each change.
import path from 'node:path'
import type {
  AcknowledgeBody,
  Acknowledgement,
  AlertState,
  Snooze,
  SnoozeBody,
} from './alert-state-schema'
import { ALERT_STATE_FILE_NAME, loadAlertStateFile, writeAlertStateFile } from './alert-state-file'
import { pruneAlertState, type AlertStateBounds } from './prune-alert-state'

const HOUR_MS = 3_600_000

export const DEFAULT_MAX_ENTRIES = 5_000

export interface AlertStateStoreOptions {
  /** The data directory (DATA_DIR); it must exist and be writable (config.ts checks). */
  readonly directory: string
  readonly retentionMs: number
  readonly maxEntries?: number
  readonly now?: () => number
  readonly logger?: { warn: (message: string) => void }
}

export class AlertStateStore {
  readonly file: string
  /** Why the saved file was not used at start, in words; undefined when it was fine or absent. */
  readonly startupProblem: string | undefined
  private state: AlertState
  private readonly bounds: AlertStateBounds
  private readonly now: () => number
  // Changes run one at a time, each from the state the previous one saved.
  private queue: Promise<unknown> = Promise.resolve()

  constructor(
    file: string,
    state: AlertState,
    bounds: AlertStateBounds,
    now: () => number,
    startupProblem: string | undefined,
  ) {
    this.file = file
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
    return this.change((state, now) => {
      const acknowledgement: Acknowledgement = {
        alert_id: body.alert_id,
        by: body.by,
        note: body.note,
        at: new Date(now).toISOString(),
      }
      return {
        acknowledgements: [
          ...state.acknowledgements.filter((ack) => ack.alert_id !== body.alert_id),
          acknowledgement,
        ],
        snoozes: state.snoozes,
      }
    })
  }

  unacknowledge(alertId: string): Promise<AlertState> {
    return this.change((state) => ({
      acknowledgements: state.acknowledgements.filter((ack) => ack.alert_id !== alertId),
      snoozes: state.snoozes,
    }))
  }

  snooze(body: SnoozeBody): Promise<AlertState> {
    return this.change((state, now) => {
      const snooze: Snooze = {
        alert_id: body.alert_id,
        by: body.by,
        hours: body.hours,
        at: new Date(now).toISOString(),
        until: new Date(now + body.hours * HOUR_MS).toISOString(),
      }
      return {
        acknowledgements: state.acknowledgements,
        snoozes: [...state.snoozes.filter((s) => s.alert_id !== body.alert_id), snooze],
      }
    })
  }

  unsnooze(alertId: string): Promise<AlertState> {
    return this.change((state) => ({
      acknowledgements: state.acknowledgements,
      snoozes: state.snoozes.filter((snooze) => snooze.alert_id !== alertId),
    }))
  }

  /** Waits for changes under way (tests, shutdown). */
  async settled(): Promise<void> {
    await this.queue.catch(() => undefined)
  }

  /**
   * Applies a change, saves it, and only then makes it visible: a change that could not be saved
   * fails and leaves the state as it was.
   */
  private change(update: (state: AlertState, now: number) => AlertState): Promise<AlertState> {
    const run = async () => {
      const now = this.now()
      const next = pruneAlertState(update(this.state, now), now, this.bounds)
      await writeAlertStateFile(this.file, next)
      this.state = next
      return next
    }
    const result = this.queue.then(run, run)
    this.queue = result.catch(() => undefined)
    return result
  }
}

/** Loads the saved state; a broken file is moved aside with a warning and the state starts empty. */
export async function openAlertStateStore(
  options: AlertStateStoreOptions,
): Promise<AlertStateStore> {
  const now = options.now ?? Date.now
  const file = path.join(options.directory, ALERT_STATE_FILE_NAME)
  const bounds = {
    retentionMs: options.retentionMs,
    maxEntries: options.maxEntries ?? DEFAULT_MAX_ENTRIES,
  }
  const loaded = await loadAlertStateFile(file, now())
  let state: AlertState = { acknowledgements: [], snoozes: [] }
  let problem: string | undefined
  if (loaded.kind === 'loaded') state = pruneAlertState(loaded.state, now(), bounds)
  if (loaded.kind === 'set-aside') {
    problem = `The alert state file ${file} could not be used: ${loaded.reason}. It was moved to ${loaded.movedTo} and acknowledgements and snoozes start empty.`
    options.logger?.warn(problem)
  }
  return new AlertStateStore(file, state, bounds, now, problem)
}
