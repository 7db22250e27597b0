// Turns SDK and network failures into one sentence a person can act on, without leaking the key.
import { isAxiosError } from 'axios'
import {
  isSeamHttpApiError,
  isSeamHttpUnauthorizedError,
  SeamHttpInvalidTokenError,
} from '@seamapi/http/connect'
import { UpstreamCallError } from './seam-upstream'

export type UpstreamErrorKind =
  | 'unauthorized'
  | 'rate_limited'
  | 'timeout'
  | 'unreachable'
  | 'server_error'
  | 'bad_response'
  | 'rejected'
  | 'unknown'

export interface UpstreamFailure {
  kind: UpstreamErrorKind
  message: string
  /** Milliseconds the upstream asked us to wait (Retry-After), when it said. */
  retryAfterMs?: number
  /** Failures that will not heal by retrying soon (a bad key) mark the upstream down at once. */
  fatal: boolean
}

function parseRetryAfter(value: unknown, now: number): number | undefined {
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const seconds = Number(value)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000
  const date = Date.parse(String(value))
  return Number.isNaN(date) ? undefined : Math.max(0, date - now)
}

export function describeUpstreamError(error: unknown, now: number): UpstreamFailure {
  if (error instanceof UpstreamCallError) {
    const failure = describeUpstreamError(error.cause, now)
    const retryAfterMs = parseRetryAfter(error.retryAfter, now)
    return retryAfterMs === undefined || failure.retryAfterMs !== undefined
      ? failure
      : { ...failure, retryAfterMs }
  }
  if (error instanceof SeamHttpInvalidTokenError) {
    return {
      kind: 'unauthorized',
      message:
        'SEAM_API_KEY is not a valid Seam API key (it should start with seam_). Check SEAM_API_KEY.',
      fatal: true,
    }
  }
  if (isSeamHttpUnauthorizedError(error)) {
    return {
      kind: 'unauthorized',
      message: 'Seam rejected the API key (401). Check SEAM_API_KEY.',
      fatal: true,
    }
  }
  if (isSeamHttpApiError(error)) {
    if (error.statusCode === 429) {
      return {
        kind: 'rate_limited',
        message: 'Seam is rate-limiting Doorboard (429); polling slows down until it allows more.',
        fatal: false,
      }
    }
    return {
      kind: error.statusCode >= 500 ? 'server_error' : 'rejected',
      message: `Seam answered ${error.statusCode} (${error.code}) to the events request.`,
      fatal: false,
    }
  }
  if (isAxiosError(error)) {
    const status = error.response?.status
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(error.response?.headers['retry-after'], now)
      return {
        kind: 'rate_limited',
        message: 'Seam is rate-limiting Doorboard (429); polling slows down until it allows more.',
        ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        fatal: false,
      }
    }
    if (status !== undefined && status >= 500) {
      return {
        kind: 'server_error',
        message: `Seam is failing (HTTP ${status}); Doorboard keeps retrying with backoff.`,
        fatal: false,
      }
    }
    if (status !== undefined) {
      return {
        kind: 'rejected',
        message: `Seam answered HTTP ${status} to a read request.`,
        fatal: false,
      }
    }
    if (error.code === 'ECONNABORTED' || error.code === 'ETIMEDOUT') {
      return {
        kind: 'timeout',
        message: 'Seam did not answer in time (timeout); Doorboard keeps retrying with backoff.',
        fatal: false,
      }
    }
    return {
      kind: 'unreachable',
      message: `Cannot reach Seam (${error.code ?? 'network error'}). Check the network or SEAM_ENDPOINT.`,
      fatal: false,
    }
  }
  if (error instanceof UpstreamShapeError) {
    return { kind: 'bad_response', message: error.message, fatal: false }
  }
  return {
    kind: 'unknown',
    // Only the class name: an arbitrary error message could carry request details.
    message: `Unexpected error while talking to Seam (${error instanceof Error ? error.name : typeof error}).`,
    fatal: false,
  }
}

/** The upstream answered, but not with the shape Seam documents. */
export class UpstreamShapeError extends Error {
  override name = 'UpstreamShapeError'
}
