// Test support: `server/main.ts` as a child process, with everything it prints captured.
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { waitFor } from './wait-for'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface ServerProcess {
  /** Everything written to stdout and stderr so far. */
  output(): string
  /** http://127.0.0.1:PORT once the server said it is running. */
  url: string
  stop(): Promise<void>
  /** Kills the process with SIGKILL (a crash: no shutdown code runs) and waits until it is gone. */
  kill(): Promise<void>
  /** The process id, e.g. to find its connections on a PostgreSQL server. */
  pid: number
}

export interface FinishedProcess {
  /** The exit code; null when a signal ended it. */
  code: number | null
  signal: NodeJS.Signals | null
  output: string
}

/** Spawns main.ts; DATA_DIR defaults to a new temporary folder, and `environment` wins. */
function spawnServer(environment: Record<string, string>) {
  let output = ''
  // Node itself with tsx's loader, not the tsx CLI: the CLI runs the server in a child of its own,
  // so a SIGKILL would kill only the CLI and leave the server running, holding its port and store.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      PORT: '0',
      ...(environment.DATA_DIR === undefined
        ? { DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doorboard-data-')) }
        : {}),
      ...environment,
    },
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<FinishedProcess>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal, output })),
  )
  // 'exit' can come before the last output is read; 'close' waits for the pipes too.
  const closed = new Promise<FinishedProcess>((resolve) =>
    child.once('close', (code, signal) => resolve({ code, signal, output })),
  )
  return { child, output: () => output, exited, closed }
}

export interface StartingServer {
  pid: number
  output(): string
  /** Resolves with the server once it says it is running; rejects when it exits first. */
  running: Promise<ServerProcess>
  stop(): Promise<void>
  kill(): Promise<void>
}

/**
 * Spawns the server without waiting for it, for a test that acts while it starts (e.g. kills it
 * during the retention sweep that runs before it listens).
 */
export function startServerProcess(environment: Record<string, string>): StartingServer {
  const { child, output, exited } = spawnServer(environment)
  const stopWith = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
    await exited
  }
  const stop = () => stopWith('SIGTERM')
  const kill = () => stopWith('SIGKILL')
  const running = (async (): Promise<ServerProcess> => {
    const line = await waitFor(
      () => /Doorboard is running at (http:\/\/\S+)/.exec(output()),
      (match) => match !== null || child.exitCode !== null || child.signalCode !== null,
      'the server to start',
      30_000,
    )
    if (line === null) throw new Error(`The server exited early:\n${output()}`)
    return { output, url: line[1]!, stop, kill, pid: child.pid! }
  })()
  // A test that kills the server while it starts never awaits `running`.
  running.catch(() => undefined)
  return { pid: child.pid!, output, running, stop, kill }
}

export async function runServerProcess(
  environment: Record<string, string>,
): Promise<ServerProcess> {
  const starting = startServerProcess(environment)
  try {
    return await starting.running
  } catch (error) {
    await starting.stop()
    throw error
  }
}

/** Runs main.ts until it exits by itself (a start that must fail); SIGKILL after `timeoutMs`. */
export async function runServerToExit(
  environment: Record<string, string>,
  timeoutMs = 30_000,
): Promise<FinishedProcess> {
  const { child, closed } = spawnServer(environment)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  try {
    return await closed
  } finally {
    clearTimeout(timer)
  }
}
