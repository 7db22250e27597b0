// Every protection of the dashboard's own surface, registered before any route so all are covered.
import type { FastifyInstance } from 'fastify'
import { registerRateLimit } from './api-rate-limit'
import { registerDashboardAuth } from './dashboard-auth'
import { registerLoopbackHostCheck } from './loopback-host-check'
import { registerSecurityHeaders } from './security-headers'
import { registerWritePolicy } from './write-policy'

export interface SecurityOptions {
  /** Unset only on loopback (config refuses to start otherwise). */
  dashboardToken: string | undefined
  rateLimitPerMinute: number
}

export async function registerSecurity(
  app: FastifyInstance,
  options: SecurityOptions,
): Promise<void> {
  await registerSecurityHeaders(app)
  await registerRateLimit(app, options.rateLimitPerMinute)
  if (options.dashboardToken !== undefined) {
    await registerDashboardAuth(app, options.dashboardToken)
  } else {
    registerLoopbackHostCheck(app)
  }
  registerWritePolicy(app)
}
