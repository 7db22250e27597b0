// Turns SDK and network failures into one sentence a person can act on, without leaking the key.
import { isAxiosError } from 'axios'
import {
  isSeamHttpApiError,
  isSeamHttpUnauthorizedError,
  SeamHttpInvalidTokenError,
} from '@seamapi/http/connect'
import { UpstreamCallError, type UpstreamRequest } from './seam-upstream'

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

/** How a message names each call. */
const REQUEST_NAMES: Record<UpstreamRequest, string> = {
  events: 'the events request',
  devices: 'the device list request',
  'connected accounts': 'the connected account list request',
}

export function describeUpstreamError(error: unknown, now: number): UpstreamFailure {
  return describe(error, now, undefined)
}

/** `request` is known once the error has come through UpstreamCallError. */
function describe(
  error: unknown,
  now: number,
  request: UpstreamRequest | undefined,
): UpstreamFailure {
  if (error instanceof UpstreamCallError) {
    const failure = describe(error.cause, now, error.request)
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
      message: `Seam answered ${error.statusCode} (${error.code}) to ${request === undefined ? 'a read request' : REQUEST_NAMES[request]}.`,
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
        message:
          'Seam did not answer in time (timeout); Doorboard keeps retrying with backoff. If Seam is only slow, raise UPSTREAM_TIMEOUT_MS.',
        fatal: false,
      }
    }
    return {
      kind: 'unreachable',
      message: `Cannot reach Seam (${error.code ?? 'network error'}): ${networkReason(error.code, request)} Check the network or SEAM_ENDPOINT.`,
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

/** What a network error code means, in words. */
function networkReason(code: string | undefined, request: UpstreamRequest | undefined): string {
  switch (code ?? '') {
    case 'ECONNREFUSED':
      return 'nothing is listening at the address (connection refused).'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return "the host name does not resolve (DNS); check this machine's DNS too."
    case 'ECONNRESET':
    case 'EPIPE':
      return 'the connection was cut mid-request.'
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return 'there is no network route to the host.'
    case 'ERR_BAD_RESPONSE':
      // UPSTREAM_PAGE_LIMIT sizes the events pages only; device and account lists are read whole.
      return request === 'devices' || request === 'connected accounts'
        ? 'the answer was unreadable or larger than Doorboard accepts (64 MB).'
        : 'the answer was unreadable or larger than Doorboard accepts (64 MB); a smaller UPSTREAM_PAGE_LIMIT may help.'
    case 'CERT_HAS_EXPIRED':
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
      return "the server's TLS certificate is not trusted."
    default:
      return 'the request did not get an answer.'
  }
}

/** The upstream answered, but not with the shape Seam documents. */
export class UpstreamShapeError extends Error {
  override name = 'UpstreamShapeError'
}
