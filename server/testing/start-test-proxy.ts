// Test support: the proxy in front of a fake (through the Seam-like paging layer), polled by hand.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildApp, type DoorboardApp } from '../app'
import { readConfig } from '../config'
import { createSeamUpstream } from '../upstream/seam-upstream'
import { startPagingLayer, type PagingLayer } from './seam-like-paging'
import { FAKE_API_KEY } from './start-test-fake'
import { openTestDatabase, proxyTestEngine, type TestDatabase } from './test-database'
import type { StoreEngine } from '../store/open-database'
import { seamIdentity } from '../upstream/upstream-identity'
import type { StreamSettings } from '../stream/doorboard-stream'

export interface TestProxy extends DoorboardApp {
  layer: PagingLayer
  database: TestDatabase
  /** Stops the proxy and its layer; drops its database unless the test passed one in. */
  close(): Promise<void>
}

export interface TestProxyOptions {
  /** Where the fake (or anything else) listens. */
  target: string
  apiKey?: string
  /** Extra environment, as a user would set it. */
  environment?: Record<string, string>
  timeoutMs?: number
  /** A tiny built SPA (index.html + one asset) so page routes can be tested. */
  withSpa?: boolean
  rewriteEvents?: (events: unknown[]) => unknown[]
  /** Page newest first, as Seam does, instead of the fake's insertion order. */
  newestFirst?: boolean
  /** Seam's own cap on `limit` (see the paging layer). */
  maxLimit?: number
  /** The store to use (a restart passes the one the previous proxy used); it stays open. */
  database?: TestDatabase
  /** Engine of a new store when none is passed (see proxyTestEngine). */
  engine?: StoreEngine
  /** The live stream's heartbeat and bounds (short ones for tests). */
  stream?: Partial<StreamSettings>
}

/** A throwaway directory with an index.html and an asset, standing in for the Vite build. */
export function writeTinySpa(): string {
  const directory = mkdtempSync(path.join(tmpdir(), 'doorboard-spa-'))
  mkdirSync(path.join(directory, 'assets'))
  writeFileSync(
    path.join(directory, 'index.html'),
    '<!doctype html><html><head><script type="module" src="/assets/app.js"></script></head><body><div id="root"></div></body></html>',
  )
  writeFileSync(path.join(directory, 'assets', 'app.js'), 'console.log("doorboard")\n')
  return directory
}

export async function startTestProxy(options: TestProxyOptions): Promise<TestProxy> {
  const layer = await startPagingLayer({
    target: options.target,
    ...(options.rewriteEvents === undefined ? {} : { rewriteEvents: options.rewriteEvents }),
    ...(options.newestFirst === undefined ? {} : { newestFirst: options.newestFirst }),
    ...(options.maxLimit === undefined ? {} : { maxLimit: options.maxLimit }),
  })
  const apiKey = options.apiKey ?? FAKE_API_KEY
  const staticDir = options.withSpa === true ? writeTinySpa() : '/nonexistent-dist'
  const config = readConfig(
    {
      SEAM_API_KEY: apiKey,
      SEAM_ENDPOINT: layer.url,
      POLL_INTERVAL_MS: '1000',
      POLL_OVERLAP_MS: '5000',
      DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doorboard-data-')),
      ...options.environment,
    },
    staticDir,
  )
  const database =
    options.database ?? (await openTestDatabase(options.engine ?? (await proxyTestEngine())))
  const proxy = await buildApp(config, {
    upstream: createSeamUpstream({
      apiKey,
      endpoint: layer.url,
      timeoutMs: options.timeoutMs ?? 5_000,
    }),
    upstreamKind: 'seam',
    // The fake behind the layer is the upstream: a restarted proxy on a new layer is the same one.
    upstreamIdentity: seamIdentity(options.target, apiKey),
    database,
    secrets: [apiKey],
    startPolling: false,
    ...(options.stream === undefined ? {} : { stream: options.stream }),
  })
  await proxy.app.ready()
  return {
    ...proxy,
    layer,
    database,
    close: async () => {
      await proxy.app.close()
      await layer.close()
      if (options.database === undefined) await database.drop()
    },
  }
}
