// Without a token the dashboard trusts only this machine; refusing foreign Host names stops DNS rebinding.
import type { FastifyInstance } from 'fastify'
import { isLoopbackHost } from './is-loopback-host'

/** The name part of a Host header: `[::1]:8787` → `::1`, `localhost:8787` → `localhost`. */
export function hostnameOf(hostHeader: string): string {
  if (hostHeader.startsWith('[')) return hostHeader.slice(1, hostHeader.indexOf(']'))
  return hostHeader.split(':')[0] ?? ''
}

/**
 * A hostile page can point its own domain at 127.0.0.1 (DNS rebinding) and then read this
 * dashboard as "same origin". Its requests carry that domain in Host, so they are refused.
 */
export function registerLoopbackHostCheck(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = request.headers.host ?? ''
    if (isLoopbackHost(hostnameOf(host))) return
    return reply
      .code(421)
      .type('text/plain; charset=utf-8')
      .send(
        `Doorboard answers only as localhost or 127.0.0.1 while it has no DASHBOARD_TOKEN (this request named "${hostnameOf(host).slice(0, 100)}"). To serve it under another name, set HOST and DASHBOARD_TOKEN.`,
      )
  })
}
