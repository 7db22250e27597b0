// A per-address request budget, so one runaway script or hostile client cannot starve the proxy.
import fastifyRateLimit from '@fastify/rate-limit'
import type { FastifyInstance } from 'fastify'
import { isDirectLoopbackRequest } from './is-direct-loopback-request'

export async function registerRateLimit(app: FastifyInstance, perMinute: number): Promise<void> {
  await app.register(fastifyRateLimit, {
    global: true,
    max: perMinute,
    timeWindow: 60_000,
    // Browsers on this machine (a wall screen, the test suite's many tabs) are not strangers.
    allowList: (request) => isDirectLoopbackRequest(request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: context.statusCode,
      error: 'rate_limited',
      message: `Too many requests from this address (more than ${context.max} a minute). Wait ${context.after}; if many screens share one address, raise API_RATE_LIMIT.`,
    }),
  })
}
