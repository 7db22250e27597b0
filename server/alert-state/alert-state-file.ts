// Reads the alert state file older Doorboards kept, for the one-time import; a broken one is set aside.
import { readFile, rename, stat } from 'node:fs/promises'
import { describeIssues } from '../../src/domain/events/issue-words'
import { alertStateFileSchema, type AlertState } from './alert-state-schema'

export const ALERT_STATE_FILE_NAME = 'alert-state.json'

/** Far above what the store's bounds allow; a bigger file is not ours. */
const MAX_FILE_BYTES = 32 * 1024 * 1024

export type LoadResult =
  | { readonly kind: 'missing' }
  | { readonly kind: 'loaded'; readonly state: AlertState }
  /** The file could not be used; it was renamed to `movedTo` and the state starts empty. */
  | { readonly kind: 'set-aside'; readonly reason: string; readonly movedTo: string }

function errorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined
}

function whyUnusable(text: string): string | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch (error) {
    return `it is not JSON (${error instanceof Error ? error.message : String(error)})`
  }
  const result = alertStateFileSchema.safeParse(body)
  return result.success ? undefined : describeIssues(result.error.issues, body, 'file')
}

/** Loads the file. An unreadable or invalid one is moved aside (kept for a person to inspect). */
export async function loadAlertStateFile(file: string, now: number): Promise<LoadResult> {
  let reason: string | undefined
  try {
    const { size } = await stat(file)
    if (size > MAX_FILE_BYTES) {
      reason = `it is ${size} bytes, more than the ${MAX_FILE_BYTES} an alert state file can be`
    } else {
      const text = await readFile(file, 'utf8')
      reason = whyUnusable(text)
      if (reason === undefined) {
        const parsed = alertStateFileSchema.parse(JSON.parse(text))
        return {
          kind: 'loaded',
          state: { acknowledgements: parsed.acknowledgements, snoozes: parsed.snoozes },
        }
      }
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    reason = `it cannot be read (${error instanceof Error ? error.message : String(error)})`
  }
  const stamp = new Date(now).toISOString().replace(/[:.]/g, '-')
  const movedTo = `${file}.broken-${stamp}`
  await rename(file, movedTo)
  return { kind: 'set-aside', reason, movedTo }
}
