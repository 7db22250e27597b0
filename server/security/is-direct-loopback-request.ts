// Whether a request comes from this very machine and was not relayed by a reverse proxy.
import type { FastifyRequest } from 'fastify'
import { isLoopbackHost } from './is-loopback-host'

/**
 * A reverse proxy on the same host connects from loopback too, but adds X-Forwarded-For or
 * Forwarded; only requests without them are trusted as local.
 */
export function isDirectLoopbackRequest(request: FastifyRequest): boolean {
  const relayed =
    request.headers['x-forwarded-for'] !== undefined || request.headers.forwarded !== undefined
  return !relayed && isLoopbackHost(request.socket.remoteAddress ?? '')
}
