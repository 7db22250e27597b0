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
}

export async function runServerProcess(
  environment: Record<string, string>,
): Promise<ServerProcess> {
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/main.ts'],
    {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doorboard-data-')),
        ...environment,
      },
    },
  )
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
  }
  try {
    const line = await waitFor(
      () => /Doorboard is running at (http:\/\/\S+)/.exec(output),
      (match) => match !== null || child.exitCode !== null,
      'the server to start',
      30_000,
    )
    if (line === null) throw new Error(`The server exited early:\n${output}`)
    return { output: () => output, url: line[1]!, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
