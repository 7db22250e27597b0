// Builds the SPA into a bench directory, measures its first-load JS, and runs the dashboard with FLEET=large.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

export function buildSpa(buildDir: string): void {
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BUILD_DIR: buildDir } },
  )
  if (result.status !== 0) throw new Error('The SPA build failed (see above).')
}

export interface InitialJs {
  readonly gzipKb: number
  readonly files: readonly { readonly file: string; readonly gzipKb: number }[]
}

/** The scripts index.html loads and preloads: what the first page costs before any route chunk. */
export function measureInitialJs(buildDir: string): InitialJs {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8')
  const sources = new Set<string>()
  for (const match of html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g))
    sources.add(match[1] as string)
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g)) {
    sources.add(match[1] as string)
  }
  const files = [...sources].map((source) => {
    const bytes = readFileSync(path.join(buildDir, source.replace(/^\//, '')))
    return { file: source, gzipKb: gzipSync(bytes).length / 1024 }
  })
  return { gzipKb: files.reduce((sum, file) => sum + file.gzipKb, 0), files }
}

export interface RunningApp {
  readonly url: string
  stop(): Promise<void>
}

/** `npm start`'s server (already built) on the embedded fake, FLEET=large, events at 10× the default pace. */
export async function startLargeFleetApp(port: number, buildDir: string): Promise<RunningApp> {
  const child: ChildProcess = spawn(
    process.execPath,
    [
      path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'),
      path.join(root, 'server', 'main.ts'),
    ],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: String(port),
        BUILD_DIR: buildDir,
        FLEET: 'large',
        // The large fleet's history runs at about 23 events a minute: ten times that.
        FLEET_EVENTS_PER_MINUTE: '230',
        POLL_INTERVAL_MS: '1000',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doorboard-bench-data-')),
        LOG_LEVEL: 'warn',
      },
    },
  )
  let output = ''
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const url = `http://127.0.0.1:${port}`
  const deadline = Date.now() + 180_000
  while (!output.includes('Doorboard is running')) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill()
      throw new Error(`The dashboard did not start on port ${port}:\n${output}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve()
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      }),
  }
}
