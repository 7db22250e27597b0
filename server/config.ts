// Environment → typed config, with one message per bad value that says how to fix it.
import { z } from 'zod/v4'

const DEFAULT_PORT = 8787

const integer = (name: string, min: number, max: number, fallback: number) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      if (value === undefined || value.trim() === '') return fallback
      const parsed = Number(value)
      if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
        ctx.addIssue({
          code: 'custom',
          message: `${name}=${value} is not valid: use a whole number from ${min} to ${max} (default ${fallback}).`,
        })
        return z.NEVER
      }
      return parsed
    })

const environmentSchema = z.object({
  HOST: z.string().optional().default('127.0.0.1'),
  PORT: integer('PORT', 0, 65535, DEFAULT_PORT),
  SEAM_API_KEY: z.string().optional(),
  SEAM_ENDPOINT: z
    .string()
    .optional()
    .refine((value) => value === undefined || value === '' || URL.canParse(value), {
      message: 'SEAM_ENDPOINT must be a full URL such as https://connect.getseam.com.',
    }),
  POLL_INTERVAL_MS: integer('POLL_INTERVAL_MS', 250, 3_600_000, 5_000),
  POLL_OVERLAP_MS: integer('POLL_OVERLAP_MS', 0, 3_600_000, 120_000),
  SNAPSHOT_INTERVAL_MS: integer('SNAPSHOT_INTERVAL_MS', 1_000, 3_600_000, 30_000),
  UPSTREAM_TIMEOUT_MS: integer('UPSTREAM_TIMEOUT_MS', 500, 300_000, 15_000),
  UPSTREAM_PAGE_LIMIT: integer('UPSTREAM_PAGE_LIMIT', 1, 10_000, 500),
  RETENTION_HOURS: integer('RETENTION_HOURS', 1, 24 * 90, 168),
  MAX_EVENTS: integer('MAX_EVENTS', 1_000, 5_000_000, 250_000),
  SIMULATOR: z
    .enum(['on', 'off'], { message: 'SIMULATOR must be "on" or "off".' })
    .optional()
    .default('on'),
  SIMULATOR_INTERVAL_MS: integer('SIMULATOR_INTERVAL_MS', 100, 3_600_000, 4_000),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    })
    .optional()
    .default('info'),
})

export type UpstreamConfig =
  | { kind: 'embedded'; simulator: boolean; simulatorIntervalMs: number }
  | { kind: 'seam'; apiKey: string; endpoint: string | undefined }

export interface Config {
  host: string
  port: number
  upstream: UpstreamConfig
  pollIntervalMs: number
  pollOverlapMs: number
  snapshotIntervalMs: number
  upstreamTimeoutMs: number
  upstreamPageLimit: number
  retentionMs: number
  maxEvents: number
  logLevel: string
  /** Built SPA; served when present. */
  staticDir: string
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Reads the process environment. Throws ConfigError listing every bad variable. */
export function readConfig(
  environment: Record<string, string | undefined>,
  staticDir: string,
): Config {
  const result = environmentSchema.safeParse(environment)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `- ${issue.message}`)
    throw new ConfigError(`Doorboard cannot start: bad configuration.\n${lines.join('\n')}`)
  }
  const env = result.data
  const apiKey = env.SEAM_API_KEY?.trim()
  const endpoint = env.SEAM_ENDPOINT?.trim() || undefined
  if (endpoint !== undefined && !apiKey) {
    throw new ConfigError(
      'Doorboard cannot start: SEAM_ENDPOINT is set but SEAM_API_KEY is not. Set SEAM_API_KEY too, or unset SEAM_ENDPOINT to use the embedded fake Seam.',
    )
  }
  const upstream: UpstreamConfig = apiKey
    ? { kind: 'seam', apiKey, endpoint }
    : {
        kind: 'embedded',
        simulator: env.SIMULATOR === 'on',
        simulatorIntervalMs: env.SIMULATOR_INTERVAL_MS,
      }
  return {
    host: env.HOST,
    port: env.PORT,
    upstream,
    pollIntervalMs: env.POLL_INTERVAL_MS,
    pollOverlapMs: env.POLL_OVERLAP_MS,
    snapshotIntervalMs: env.SNAPSHOT_INTERVAL_MS,
    upstreamTimeoutMs: env.UPSTREAM_TIMEOUT_MS,
    upstreamPageLimit: env.UPSTREAM_PAGE_LIMIT,
    retentionMs: env.RETENTION_HOURS * 3_600_000,
    maxEvents: env.MAX_EVENTS,
    logLevel: env.LOG_LEVEL,
    staticDir,
  }
}
