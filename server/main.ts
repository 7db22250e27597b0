// Reads config, starts the upstream (embedded fake or Seam), the proxy, and nothing else.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { ConfigError, readConfig, type Config } from './config'
import { buildApp } from './app'
import { createConsoleLogger } from './console-logger'
import { createSeamUpstream } from './upstream/seam-upstream'
import type { EmbeddedSeam } from './embedded/start-embedded-seam'
import { describeListenError } from './describe-listen-error'
import { openDatabase, StoreOpenError, type Database } from './store/open-database'
import { embeddedIdentity, seamIdentity } from './upstream/upstream-identity'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

async function main(): Promise<void> {
  let config: Config
  try {
    config = readConfig(process.env, path.resolve(root, process.env.BUILD_DIR ?? 'dist'))
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message)
      process.exit(1)
    }
    throw error
  }
  const logger = createConsoleLogger(config.logLevel)
  const publicUrl = `http://${urlHost(config.host)}:${config.port}`

  let embedded: EmbeddedSeam | null = null
  let apiKey: string
  let endpoint: string | undefined
  if (config.upstream.kind === 'embedded') {
    // Loaded only when used: the fake and its simulator cost a real Seam's start time and memory.
    const { startEmbeddedSeam } = await import('./embedded/start-embedded-seam')
    embedded = await startEmbeddedSeam({
      simulator: config.upstream.simulator,
      tickIntervalMs: config.upstream.simulatorIntervalMs,
      mediaBaseUrl: publicUrl,
      port: config.upstream.port,
      fleet: config.upstream.fleet,
      largeFleetEventsPerMinute: config.upstream.fleetEventsPerMinute,
      start: config.upstream.start,
    })
    apiKey = embedded.apiKey
    endpoint = embedded.endpoint
  } else {
    apiKey = config.upstream.apiKey
    endpoint = config.upstream.endpoint
  }

  let database: Database
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error
    // Never a silent in-memory fallback: without its store Doorboard would forget on restart.
    console.error(`Doorboard cannot start: ${error.message}`)
    await embedded?.stop()
    process.exit(1)
  }

  let built: Awaited<ReturnType<typeof buildApp>>
  try {
    built = await buildApp(config, {
      upstream: createSeamUpstream({ apiKey, endpoint, timeoutMs: config.upstreamTimeoutMs }),
      upstreamKind: config.upstream.kind,
      upstreamIdentity:
        config.upstream.kind === 'embedded' ? embeddedIdentity() : seamIdentity(endpoint, apiKey),
      database,
      secrets: [apiKey],
      logger,
    })
  } catch (error) {
    if (!(error instanceof StoreOpenError)) throw error
    console.error(`Doorboard cannot start: ${error.message}`)
    await database.close().catch(() => undefined)
    await embedded?.stop()
    process.exit(1)
  }
  const { app } = built

  const shutdown = async () => {
    await app.close()
    await database.close()
    await embedded?.stop()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())

  try {
    await app.listen({
      host: config.host,
      port: config.port,
      // main prints the one line a person needs (below), with the data source.
      listenTextResolver: () => '',
    })
  } catch (error) {
    console.error(describeListenError(error, config.host, config.port))
    await database.close()
    await embedded?.stop()
    process.exit(1)
  }
  const address = app.server.address()
  const port = typeof address === 'object' && address !== null ? address.port : config.port
  const source =
    config.upstream.kind === 'embedded'
      ? `embedded fake Seam${config.upstream.simulator ? ' with simulated activity' : ''} (no API key needed)`
      : `Seam API${endpoint === undefined ? '' : ` at ${endpoint}`}`
  console.log(
    `Doorboard is running at http://${urlHost(config.host)}:${port}  (data: ${source}; stored in ${database.location})`,
  )
  if (config.dashboardToken !== undefined) {
    console.log('Sign-in required: every browser is asked for DASHBOARD_TOKEN once.')
  }
}

await main()
