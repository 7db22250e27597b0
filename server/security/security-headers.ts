// Security headers on every response (helmet), with a Content Security Policy the built SPA meets.
import fastifyHelmet from '@fastify/helmet'
import type { FastifyInstance } from 'fastify'

/**
 * Scripts and styles only from this origin, no inline script. Images and clips may come from
 * this origin (the embedded fake's media under /media) or any https host (Seam's media URLs).
 * `style-src-attr 'unsafe-inline'` is not granted: React sets style props through the CSSOM,
 * which CSP does not restrict (checked in Chromium against the built app).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'https:', 'data:'],
  'media-src': ["'self'", 'https:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'self'"],
} as const

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    global: true,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: Object.fromEntries(
        Object.entries(CONTENT_SECURITY_POLICY).map(([name, values]) => [name, [...values]]),
      ),
    },
    // HSTS belongs to whoever terminates TLS: on plain http it is ignored, and its default
    // includeSubDomains could bind sibling sites of the host Doorboard happens to run on.
    strictTransportSecurity: false,
  })
  app.addHook('onRequest', async (_request, reply) => {
    void reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()')
  })
}
