// The only door to Seam: three read-only calls through the official SDK, nothing else.
import { AsyncLocalStorage } from 'node:async_hooks'
import axios, { isAxiosError, type AxiosAdapter } from 'axios'
import { SeamHttp } from '@seamapi/http/connect'
import { EVERYTHING_LIMIT, listEveryPage } from './list-every-page'

export interface EventsPageRequest {
  since: string
  limit: number
  offset: number
}

/**
 * What the poller needs from Seam. Read-only by construction: there is no method that writes,
 * so no request path of the proxy can unlock a door or change an access code.
 */
export interface UpstreamClient {
  listEvents(request: EventsPageRequest): Promise<unknown[]>
  listDevices(): Promise<unknown[]>
  listConnectedAccounts(): Promise<unknown[]>
}

export interface SeamUpstreamOptions {
  apiKey: string
  endpoint: string | undefined
  timeoutMs: number
}

/** Which of the three calls failed, so a message can name it. */
export type UpstreamRequest = 'events' | 'devices' | 'connected accounts'

/** A failed upstream call, with the Retry-After header the SDK's own errors drop. */
export class UpstreamCallError extends Error {
  override name = 'UpstreamCallError'
  constructor(
    override readonly cause: unknown,
    readonly retryAfter: string | undefined,
    /** Which call failed; every call made through createSeamUpstream says. */
    readonly request?: UpstreamRequest,
  ) {
    super('Upstream call failed')
  }
}

/** What one call's HTTP requests learnt on the way; never shared between calls. */
interface CallContext {
  retryAfter: string | undefined
}

export const MAX_RESPONSE_BYTES = 64 * 1024 * 1024

export function createSeamUpstream(options: SeamUpstreamOptions): UpstreamClient {
  const httpAdapter = axios.getAdapter('http')
  // Calls run concurrently (devices and accounts together, events beside them): each call gets
  // its own context, which the SDK's promise chain carries down to the adapter.
  const callContext = new AsyncLocalStorage<CallContext>()
  // The SDK turns HTTP errors into its own classes without headers; read Retry-After first.
  const adapter: AxiosAdapter = async (config) => {
    try {
      return await httpAdapter(config)
    } catch (error) {
      const header: unknown = isAxiosError(error)
        ? error.response?.headers['retry-after']
        : undefined
      const context = callContext.getStore()
      if (context !== undefined)
        context.retryAfter = typeof header === 'string' ? header : undefined
      throw error
    }
  }
  const call = <T>(name: UpstreamRequest, request: () => Promise<T>): Promise<T> => {
    const context: CallContext = { retryAfter: undefined }
    return callContext.run(context, async () => {
      try {
        return await request()
      } catch (error) {
        throw new UpstreamCallError(error, context.retryAfter, name)
      }
    })
  }
  const seam = new SeamHttp({
    apiKey: options.apiKey,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    // A page of 500 events is well under a megabyte; a runaway answer must not exhaust memory.
    axiosOptions: { timeout: options.timeoutMs, adapter, maxContentLength: MAX_RESPONSE_BYTES },
    // The poller owns retries and backoff; SDK-level retries would hide failures and multiply calls.
    axiosRetryOptions: { retries: 0 },
  })
  return {
    listEvents: ({ since, limit, offset }) =>
      call(
        'events',
        async () =>
          (await seam.events.list({
            since,
            limit,
            ...(offset > 0 ? { unstable_offset: offset } : {}),
          })) as unknown[],
      ),
    // Seam answers lists in pages of 500: reading only the first lost devices of a large fleet.
    listDevices: () =>
      call('devices', () =>
        listEveryPage(
          seam.createPaginator(seam.devices.list()),
          (device) => device.device_id,
          () => seam.devices.list({ limit: EVERYTHING_LIMIT }),
        ),
      ),
    listConnectedAccounts: () =>
      call('connected accounts', () =>
        listEveryPage(
          seam.createPaginator(seam.connectedAccounts.list()),
          (account) => account.connected_account_id,
          () => seam.connectedAccounts.list({ limit: EVERYTHING_LIMIT }),
        ),
      ),
  }
}
