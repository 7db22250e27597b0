// The poller's health in words: ok / degraded / down, since when, and why.

export type UpstreamStatus = 'starting' | 'ok' | 'degraded' | 'down'

export interface PollRecord {
  lastSuccessAt: number | null
  lastFailureAt: number | null
  lastError: string | null
  lastErrorFatal: boolean
  consecutiveFailures: number
  /** Start of the current failure streak, or of the current healthy streak. */
  streakStartedAt: number
  startedAt: number
}

export function initialPollRecord(now: number): PollRecord {
  return {
    lastSuccessAt: null,
    lastFailureAt: null,
    lastError: null,
    lastErrorFatal: false,
    consecutiveFailures: 0,
    streakStartedAt: now,
    startedAt: now,
  }
}

export function recordSuccess(record: PollRecord, now: number): PollRecord {
  return {
    ...record,
    lastSuccessAt: now,
    consecutiveFailures: 0,
    lastErrorFatal: false,
    streakStartedAt:
      record.consecutiveFailures > 0 || record.lastSuccessAt === null
        ? now
        : record.streakStartedAt,
  }
}

export function recordFailure(
  record: PollRecord,
  now: number,
  message: string,
  fatal: boolean,
): PollRecord {
  return {
    ...record,
    lastFailureAt: now,
    lastError: message,
    lastErrorFatal: fatal,
    consecutiveFailures: record.consecutiveFailures + 1,
    streakStartedAt: record.consecutiveFailures === 0 ? now : record.streakStartedAt,
  }
}

/**
 * ok: the last poll worked. degraded: it failed, but data is younger than three intervals.
 * down: a fatal error (bad key), or no good poll for three intervals.
 */
export function upstreamStatus(
  record: PollRecord,
  now: number,
  intervalMs: number,
): UpstreamStatus {
  if (record.consecutiveFailures === 0) return record.lastSuccessAt === null ? 'starting' : 'ok'
  if (record.lastErrorFatal) return 'down'
  const staleAfter = 3 * intervalMs
  const reference = record.lastSuccessAt ?? record.startedAt
  return now - reference > staleAfter ? 'down' : 'degraded'
}
