// Environment → typed config, with one message per bad value that says how to fix it.
import { mkdirSync, unlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod/v4'
import { SIMULATOR_STARTS, type SimulatorStart } from './embedded/simulator-start'
import { isLoopbackHost } from './security/is-loopback-host'

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
  SIMULATOR_START: z
    .enum(SIMULATOR_STARTS, {
      message:
        'SIMULATOR_START must be "normal" or "hub-outage" (the history then ends with the Harbor View hub offline).',
    })
    .optional()
    .default('normal'),
  FLEET: z
    .enum(['demo', 'large'], { message: 'FLEET must be "demo" or "large".' })
    .optional()
    .default('demo'),
  FLEET_EVENTS_PER_MINUTE: integer('FLEET_EVENTS_PER_MINUTE', 1, 100_000, 23),
  // 0 picks a free port; tests fix it to reach the fake's /_fake routes (e.g. simulated outages).
  EMBEDDED_SEAM_PORT: integer('EMBEDDED_SEAM_PORT', 0, 65535, 0),
  DATA_DIR: z.string().optional(),
  DATABASE_URL: z
    .string()
    .optional()
    .refine(
      (value) =>
        value === undefined || value.trim() === '' || /^postgres(ql)?:\/\/./.test(value.trim()),
      {
        message:
          'DATABASE_URL must be a PostgreSQL URL such as postgres://doorboard@127.0.0.1:5432/doorboard, or unset for the embedded database in DATA_DIR.',
      },
    ),
  DASHBOARD_TOKEN: z.string().optional(),
  API_RATE_LIMIT: integer('API_RATE_LIMIT', 10, 1_000_000, 1_200),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      message: 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent.',
    })
    .optional()
    .default('info'),
})

export type UpstreamConfig =
  | {
      kind: 'embedded'
      simulator: boolean
      simulatorIntervalMs: number
      port: number
      /** `large` adds the synthetic 5,000-device fleet (server/embedded/large-fleet.ts). */
      fleet: 'demo' | 'large'
      /** Live events per minute of the large fleet. */
      fleetEventsPerMinute: number
      /** `hub-outage` starts with the hub and its locks down (server/embedded/simulator-start.ts). */
      start: SimulatorStart
    }
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
  /** Where the embedded database lives (created and checked writable at start). */
  dataDir: string
  /** A PostgreSQL server to keep everything in instead of the embedded database. */
  databaseUrl: string | undefined
  /** Required to reach the dashboard when set; set it whenever HOST is not loopback. */
  dashboardToken: string | undefined
  /** Requests per minute one client address may make. */
  apiRateLimitPerMinute: number
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
  const dashboardToken = readDashboardToken(env.HOST, env.DASHBOARD_TOKEN)
  const upstream: UpstreamConfig = apiKey
    ? { kind: 'seam', apiKey, endpoint }
    : {
        kind: 'embedded',
        simulator: env.SIMULATOR === 'on',
        simulatorIntervalMs: env.SIMULATOR_INTERVAL_MS,
        port: env.EMBEDDED_SEAM_PORT,
        fleet: env.FLEET,
        fleetEventsPerMinute: env.FLEET_EVENTS_PER_MINUTE,
        start: env.SIMULATOR_START,
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
    dataDir: prepareDataDir(env.DATA_DIR),
    databaseUrl: env.DATABASE_URL?.trim() || undefined,
    dashboardToken,
    apiRateLimitPerMinute: env.API_RATE_LIMIT,
  }
}

const MIN_TOKEN_LENGTH = 16

/** Off loopback the dashboard must be locked; the messages never repeat the token itself. */
function readDashboardToken(host: string, value: string | undefined): string | undefined {
  const token = value?.trim() || undefined
  if (token !== undefined && token.length < MIN_TOKEN_LENGTH) {
    throw new ConfigError(
      `Doorboard cannot start: DASHBOARD_TOKEN is too short (${token.length} characters). Use at least ${MIN_TOKEN_LENGTH} random characters, e.g. DASHBOARD_TOKEN=$(openssl rand -hex 24).`,
    )
  }
  if (token === undefined && !isLoopbackHost(host)) {
    throw new ConfigError(
      `Doorboard cannot start: HOST=${host} makes the dashboard reachable from other machines, and DASHBOARD_TOKEN is not set. Set DASHBOARD_TOKEN to a long random secret (e.g. DASHBOARD_TOKEN=$(openssl rand -hex 24)), or use HOST=127.0.0.1.`,
    )
  }
  return token
}

/** `data/` in the project, wherever the server is started from. */
const DEFAULT_DATA_DIR = fileURLToPath(new URL('../data', import.meta.url))

/** Creates DATA_DIR and proves it writable now, rather than at the first acknowledgement. */
function prepareDataDir(value: string | undefined): string {
  const directory = path.resolve(value?.trim() || DEFAULT_DATA_DIR)
  const probe = path.join(directory, `.write-check-${process.pid}`)
  try {
    mkdirSync(directory, { recursive: true })
    writeFileSync(probe, '')
    unlinkSync(probe)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(
      `Doorboard cannot start: DATA_DIR ${directory} cannot be created or written (${reason}). The embedded database (events, cursor, alert state and history) is kept there. Set DATA_DIR to a writable directory, e.g. DATA_DIR=/tmp/doorboard-data npm start.`,
    )
  }
  return directory
}
