// `server/main.ts` as the separate process a user runs, with its output, start time and memory.
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const RUNNING = /Doorboard is running at (http:\/\/\S+)/

export interface ProxyProcess {
  readonly pid: number
  /** performance.now() at spawn. */
  readonly spawnedAt: number
  output(): string
  /** The URL and performance.now() once the server says it is running; rejects if it exits first. */
  readonly running: Promise<{ url: string; at: number }>
  /** Resident and peak resident memory (VmRSS, VmHWM) in MB, from /proc. */
  memory(): { rssMb: number; peakMb: number }
  /** SIGTERM and wait for the exit (the server closes its store); answers the exit code. */
  stop(): Promise<number | null>
}

/**
 * Node with tsx's loader, as `npm start` runs the server (not the tsx CLI, whose child would be a
 * second process with memory of its own). `nodeArgs` go before the script, e.g. `--cpu-prof`.
 */
export function startProxyProcess(
  environment: Record<string, string>,
  nodeArgs: readonly string[] = [],
  timeoutMs = 300_000,
): ProxyProcess {
  const spawnedAt = performance.now()
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', 'server/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve))
  const running = new Promise<{ url: string; at: number }>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`The proxy did not start in ${timeoutMs / 1000} s:\n${output}`))
    }, timeoutMs)
    const read = (chunk: Buffer) => {
      output += chunk.toString()
      const match = RUNNING.exec(output)
      if (match !== null) {
        clearTimeout(timer)
        resolve({ url: match[1] as string, at: performance.now() })
      }
    }
    child.stdout.on('data', read)
    child.stderr.on('data', read)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`The proxy exited (code ${code}) before it ran:\n${output}`))
    })
  })
  running.catch(() => undefined)
  const pid = child.pid
  if (pid === undefined) throw new Error('The proxy process could not be spawned.')
  return {
    pid,
    spawnedAt,
    output: () => output,
    running,
    memory: () => {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1])
      return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
