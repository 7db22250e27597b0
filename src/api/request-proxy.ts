// Call the proxy for JSON and check its shape with zod, turning every failure into a ProxyError.
import type { z } from 'zod/v4'
import { describeIssues } from '../domain/events/issue-words'
import { ProxyHttpError, ProxyResponseError, ProxyUnreachableError } from './proxy-error'

/** The proxy serves the API under the dashboard's own origin. */
export const API_BASE = '/api'

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>

export interface RequestOptions {
  readonly signal?: AbortSignal
  /** Tests pass a fake; the app uses the browser's fetch. */
  readonly fetch?: FetchLike
}

export async function getProxyJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: RequestOptions = {},
): Promise<z.output<Schema>> {
  return requestProxyJson(path, schema, options)
}

export interface SendOptions extends RequestOptions {
  readonly method?: string
  /** A JSON text, sent as application/json. */
  readonly body?: string
}

/** Any call to the proxy whose answer is JSON of `schema`: GET unless told otherwise. */
export async function requestProxyJson<Schema extends z.ZodType>(
  path: string,
  schema: Schema,
  options: SendOptions = {},
): Promise<z.output<Schema>> {
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init))
  let response: Response
  try {
    response = await doFetch(`${API_BASE}${path}`, {
      ...(options.method === undefined ? {} : { method: options.method }),
      signal: options.signal,
      headers: {
        accept: 'application/json',
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(options.body === undefined ? {} : { body: options.body }),
    })
  } catch (error) {
    // An abort is the caller's own decision (TanStack Query cancelling), not a failure to report.
    if (options.signal?.aborted) throw error
    throw new ProxyUnreachableError(`${API_BASE}${path}`, { cause: error })
  }
  const shownPath = `${API_BASE}${path.split('?')[0] ?? path}`
  if (!response.ok)
    throw new ProxyHttpError(shownPath, response.status, await errorDetail(response))

  let body: unknown
  try {
    body = await response.json()
  } catch (error) {
    if (options.signal?.aborted) throw error
    throw new ProxyResponseError(shownPath, 'the body is not JSON')
  }
  const result = schema.safeParse(body)
  if (!result.success) {
    throw new ProxyResponseError(shownPath, describeIssues(result.error.issues, body, 'response'))
  }
  return result.data
}

/** The `message` of a JSON error body, if the proxy sent one. */
async function errorDetail(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.json()
    if (typeof body === 'object' && body !== null && 'message' in body) {
      const message = body.message
      if (typeof message === 'string' && message !== '') return message.slice(0, 300)
    }
  } catch {
    // Not JSON (a dev-server error page): the status alone will have to do.
  }
  return undefined
}
