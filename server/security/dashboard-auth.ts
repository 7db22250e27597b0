// With DASHBOARD_TOKEN set, every page, asset and /api call needs the token (cookie or bearer).
import fastifyCookie from '@fastify/cookie'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { bearerToken, secretsMatch, sessionValueFor } from './dashboard-token'
import { isDirectLoopbackRequest } from './is-direct-loopback-request'
import { safeNextPath } from './safe-next-path'
import { renderSignInPage, SIGN_IN_STYLESHEET, SIGN_IN_STYLESHEET_PATH } from './sign-in-page'

export const SESSION_COOKIE = 'doorboard_session'
const SESSION_MAX_AGE_S = 180 * 24 * 3_600
/** Guessing a long random token is hopeless anyway; this keeps the log and CPU quiet. */
export const SIGN_IN_ATTEMPTS_PER_MINUTE = 10

const PUBLIC_PATHS = new Set(['/sign-in', SIGN_IN_STYLESHEET_PATH])

function pathOf(request: FastifyRequest): string {
  return request.url.split('?')[0] ?? '/'
}

/** The Secure flag needs HTTPS: directly, or through a reverse proxy that says so. */
function isHttps(request: FastifyRequest): boolean {
  const forwarded = request.headers['x-forwarded-proto']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return request.protocol === 'https' || first === 'https'
}

export async function registerDashboardAuth(app: FastifyInstance, token: string): Promise<void> {
  const session = sessionValueFor(token)
  await app.register(fastifyCookie)

  const isSignedIn = (request: FastifyRequest): boolean => {
    const cookie = request.cookies[SESSION_COOKIE]
    if (cookie !== undefined && secretsMatch(cookie, session)) return true
    const bearer = bearerToken(request.headers.authorization)
    return bearer !== undefined && secretsMatch(bearer, token)
  }

  app.addHook('onRequest', async (request, reply) => {
    const path = pathOf(request)
    if (PUBLIC_PATHS.has(path) || isSignedIn(request)) return
    // A monitor on this very machine may read /api/health without the token; nothing relayed may.
    if (path === '/api/health' && request.method === 'GET' && isDirectLoopbackRequest(request)) {
      return
    }
    return refuse(request, reply, path)
  })

  // The form parser lives only in this scope: nothing else accepts form posts.
  await app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string', bodyLimit: 4_096 },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))),
    )
    scope.get<{ Querystring: { next?: string } }>('/sign-in', async (request, reply) => {
      const next = safeNextPath(request.query.next)
      if (isSignedIn(request)) return reply.redirect(next, 303)
      return sendSignInPage(reply, 200, next, false)
    })
    scope.get(SIGN_IN_STYLESHEET_PATH, async (_request, reply) =>
      reply
        .type('text/css; charset=utf-8')
        .header('cache-control', 'no-cache')
        .send(SIGN_IN_STYLESHEET),
    )
    scope.post<{ Body: Record<string, unknown> | undefined }>(
      '/sign-in',
      { config: { rateLimit: { max: SIGN_IN_ATTEMPTS_PER_MINUTE, timeWindow: 60_000 } } },
      async (request, reply) => {
        const body = request.body ?? {}
        const next = safeNextPath(body.next)
        const given = typeof body.token === 'string' ? body.token.trim() : ''
        if (!secretsMatch(given, token)) {
          request.log.warn(`A sign-in with a wrong dashboard token from ${request.ip} was refused.`)
          return sendSignInPage(reply, 401, next, true)
        }
        void reply.setCookie(SESSION_COOKIE, session, {
          httpOnly: true,
          sameSite: 'strict',
          secure: isHttps(request),
          path: '/',
          maxAge: SESSION_MAX_AGE_S,
        })
        return reply.redirect(next, 303)
      },
    )
    scope.post('/sign-out', async (request, reply) => {
      void reply.clearCookie(SESSION_COOKIE, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: isHttps(request),
      })
      return reply.redirect('/sign-in', 303)
    })
    done()
  })
}

function sendSignInPage(reply: FastifyReply, status: number, next: string, rejected: boolean) {
  return reply
    .code(status)
    .header('cache-control', 'no-store')
    .type('text/html; charset=utf-8')
    .send(renderSignInPage({ next, rejected }))
}

function refuse(request: FastifyRequest, reply: FastifyReply, path: string) {
  if (path === '/api' || path.startsWith('/api/')) {
    return reply.code(401).header('cache-control', 'no-store').send({
      error: 'unauthorized',
      message:
        'Not signed in: this Doorboard needs the dashboard token. Open /sign-in in the browser, or send Authorization: Bearer <DASHBOARD_TOKEN>.',
    })
  }
  if (request.method === 'GET' || request.method === 'HEAD') {
    return reply.redirect(`/sign-in?next=${encodeURIComponent(safeNextPath(request.url))}`, 303)
  }
  return reply
    .code(401)
    .type('text/plain; charset=utf-8')
    .send('Not signed in. Open /sign-in first.')
}
