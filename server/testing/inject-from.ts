// Test support: a request to the proxy as if from some address (light-my-request fakes the socket).
import type { FastifyInstance } from 'fastify'

/** An address on someone else's machine (TEST-NET-1), for requests that are not local. */
export const REMOTE_ADDRESS = '192.0.2.44'

export interface InjectOptions {
  method?: 'GET' | 'POST' | 'DELETE' | 'PUT' | 'PATCH'
  url: string
  headers?: Record<string, string>
  payload?: string | object
  /** Defaults to REMOTE_ADDRESS. */
  remoteAddress?: string
}

export function injectFrom(app: FastifyInstance, options: InjectOptions) {
  return app.inject({
    method: options.method ?? 'GET',
    url: options.url,
    headers: options.headers ?? {},
    remoteAddress: options.remoteAddress ?? REMOTE_ADDRESS,
    ...(options.payload === undefined ? {} : { payload: options.payload }),
  })
}
