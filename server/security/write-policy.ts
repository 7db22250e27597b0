// The proxy writes nothing upstream; its only writes are its own dashboard state, same-origin only.
import type { FastifyInstance, FastifyRequest } from 'fastify'

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Paths that may change state: the dashboard's own alert acknowledgements and snoozes, and signing in or out. */
export function isAllowedWrite(path: string): boolean {
  return (
    path === '/api/alert_state' ||
    path.startsWith('/api/alert_state/') ||
    path === '/sign-in' ||
    path === '/sign-out'
  )
}

/** A write from another site (a form or fetch on a hostile page) must not ride on the cookie. */
function isCrossSite(request: FastifyRequest): boolean {
  // Every current browser says where a request comes from; trust that first, because under
  // Referrer-Policy: no-referrer a same-origin form post carries `Origin: null`.
  const fetchSite = request.headers['sec-fetch-site']
  if (fetchSite !== undefined) return fetchSite !== 'same-origin' && fetchSite !== 'none'
  const origin = request.headers.origin
  if (origin === undefined) return false
  if (origin === 'null') return true
  try {
    const source = new URL(origin)
    // Parsed the same way, so a default port written out (host: x:80) still matches.
    return source.host !== new URL(`${source.protocol}//${request.headers.host ?? ''}`).host
  } catch {
    return true
  }
}

export function registerWritePolicy(app: FastifyInstance): void {
  app.addHook('onRequest', async (request, reply) => {
    if (READ_METHODS.has(request.method)) return
    const path = request.url.split('?')[0] ?? '/'
    if (!isAllowedWrite(path)) {
      return reply.code(404).send({
        error: 'not_found',
        message: `${request.method} ${path} is refused: Doorboard is read-only towards Seam and forwards no writes. Its only writes are its own dashboard state (/api/alert_state).`,
      })
    }
    if (isCrossSite(request)) {
      return reply.code(403).send({
        error: 'cross_site_write',
        message:
          'Refused a write from another site: dashboard state can only be changed from the dashboard itself.',
      })
    }
  })
}
