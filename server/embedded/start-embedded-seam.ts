// Starts Seam's own fake in this process, on loopback only, seeded with the demo portfolio.
import { mkdtemp, rm } from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import type { Instant } from '../../src/domain/events/parsed-event'
import { PORTFOLIO_NAME } from './portfolio-catalogue'
import { seedPortfolio } from './portfolio-seed'
import {
  LARGE_FLEET_EVENTS_PER_MINUTE,
  seedLargeFleet,
  startLargeFleetActivity,
} from './seed-large-fleet'
import { createSeededRandom } from './seeded-random'
import type { Simulator } from './simulator'
import type { SimulatorStart } from './simulator-start'

export interface EmbeddedSeam {
  /** Base URL of the fake Seam API, on 127.0.0.1. */
  endpoint: string
  apiKey: string
  workspaceId: string
  fake: Fake
  /** The live simulator when it was asked for, else null. */
  simulator: Simulator | null
  /** Stops the simulator and closes the server; resolves when the port is released. */
  stop(): Promise<void>
}

export interface EmbeddedSeamOptions {
  simulator: boolean
  /** Where the app serves public/, for the media URLs of camera and doorbell events. */
  mediaBaseUrl: string
  tickIntervalMs?: number
  /** Loopback port of the fake; 0 or absent picks a free one. */
  port?: number
  /** `large` adds the synthetic 5,000-device fleet to the portfolio (see seed-large-fleet.ts). */
  fleet?: 'demo' | 'large'
  /** Live events of the large fleet per minute (its history's own pace by default). */
  largeFleetEventsPerMinute?: number
  /** `hub-outage` ends the history with the hub down (SIMULATOR_START, simulator-start.ts). */
  start?: SimulatorStart
  randomSeed?: number
  now?: () => Instant
}

/** The portfolio lives in a workspace of its own, away from the fake's toy seed data. */
export const EMBEDDED_WORKSPACE_ID = 'doorboard_demo_workspace'
export const EMBEDDED_API_KEY = 'seam_doorboarddemo_embedded'
const DEFAULT_SEED = 20_250_101
const DEFAULT_TICK_MS = 4_000

export async function startEmbeddedSeam(options: EmbeddedSeamOptions): Promise<EmbeddedSeam> {
  const now = options.now ?? Date.now
  const fake = await createFake()
  // No fake.seed(): its toy devices and accounts would mix with the portfolio, and the fake's
  // /events/list does not filter by workspace, so even another workspace's events would show.
  fake.database.addWorkspace({
    workspace_id: EMBEDDED_WORKSPACE_ID,
    name: `${PORTFOLIO_NAME} (Doorboard demo)`,
    is_sandbox: true,
  })
  fake.database.addApiKey({
    workspace_id: EMBEDDED_WORKSPACE_ID,
    token: EMBEDDED_API_KEY,
    name: 'Doorboard embedded proxy',
  })
  const simulator = seedPortfolio({
    database: fake.database,
    workspaceId: EMBEDDED_WORKSPACE_ID,
    mediaBaseUrl: options.mediaBaseUrl,
    random: createSeededRandom(options.randomSeed ?? DEFAULT_SEED),
    now,
    start: options.start ?? 'normal',
  })

  let stopLargeFleet = () => {}
  if (options.fleet === 'large') {
    await seedLargeFleet({ fake, workspaceId: EMBEDDED_WORKSPACE_ID, now: now() })
    if (options.simulator) {
      stopLargeFleet = startLargeFleetActivity({
        fake,
        workspaceId: EMBEDDED_WORKSPACE_ID,
        now,
        eventsPerMinute: options.largeFleetEventsPerMinute ?? LARGE_FLEET_EVENTS_PER_MINUTE,
      })
    }
  }

  const server = await listenOnLoopback(fake, options.port ?? 0)
  const { port } = server.address() as AddressInfo
  if (options.simulator) simulator.start(options.tickIntervalMs ?? DEFAULT_TICK_MS)

  let stopped: Promise<void> | undefined
  return {
    endpoint: `http://127.0.0.1:${port}`,
    apiKey: EMBEDDED_API_KEY,
    workspaceId: EMBEDDED_WORKSPACE_ID,
    fake,
    simulator: options.simulator ? simulator : null,
    stop() {
      stopped ??= (async () => {
        simulator.stop()
        stopLargeFleet()
        server.closeAllConnections()
        await new Promise<void>((resolve, reject) =>
          server.close((error) => (error === undefined ? resolve() : reject(error))),
        )
      })()
      return stopped
    },
  }
}

/**
 * The fake's own startServer() calls `server.listen(port)` with no host, which binds every
 * interface: anyone on the network could then read the portfolio (and, with the fake's write
 * routes, change it). So the fake never gets a TCP port. It is started on a Unix socket in a
 * fresh private directory (a named pipe on Windows), which nothing outside this machine can
 * reach; its request handler is taken from that server, the socket is closed at once, and the
 * handler is served from our own server bound to 127.0.0.1 only.
 */
async function listenOnLoopback(fake: Fake, wantedPort: number): Promise<http.Server> {
  let handler: http.RequestListener | undefined
  const server = http.createServer((request, response) => {
    if (handler === undefined) {
      response.writeHead(503, { 'content-type': 'application/json' })
      response.end(
        JSON.stringify({ error: { type: 'starting', message: 'Fake Seam is starting' } }),
      )
      return
    }
    void handler(request, response)
  })
  await new Promise<void>((resolve, reject) => {
    const fail = (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(
              `Port ${wantedPort} for the embedded fake Seam is in use. Set EMBEDDED_SEAM_PORT to another port, or unset it to pick a free one.`,
            )
          : error,
      )
    server.once('error', fail)
    server.listen(wantedPort, '127.0.0.1', () => {
      server.off('error', fail)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  const socketDir = await mkdtemp(path.join(tmpdir(), 'doorboard-fake-'))
  const socketPath =
    process.platform === 'win32'
      ? `\\\\.\\pipe\\${path.basename(socketDir)}`
      : path.join(socketDir, 'fake.sock')
  try {
    // `port` is typed as a number, but it goes straight to server.listen(), which takes a path.
    const fakeServer = await fake.startServer({
      port: socketPath as unknown as number,
      baseUrl: `http://127.0.0.1:${port}`,
    })
    const [listener] = fakeServer.server.listeners('request')
    await new Promise<void>((resolve) => fakeServer.server.close(() => resolve()))
    if (typeof listener !== 'function') {
      throw new Error(
        'The installed @seamapi/fake-seam-connect no longer exposes its request handler; ' +
          'update server/embedded/start-embedded-seam.ts for its new version.',
      )
    }
    handler = listener as http.RequestListener
  } catch (error) {
    server.close()
    throw error
  } finally {
    await rm(socketDir, { recursive: true, force: true })
  }
  return server
}
