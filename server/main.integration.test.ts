// `npm start`'s server process as a user meets it: one line when the port is taken, a non-zero exit.
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import net from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

function runServer(
  environment: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'server/main.ts'],
      {
        cwd: root,
        env: {
          PATH: process.env.PATH ?? '',
          SIMULATOR: 'off',
          DATA_DIR: mkdtempSync(path.join(tmpdir(), 'doorboard-main-')),
          ...environment,
        },
      },
    )
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => resolve({ code, output }))
  })
}

describe('server process', () => {
  it('explains a port already in use and exits non-zero', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const { port } = blocker.address() as net.AddressInfo
    try {
      const { code, output } = await runServer({ PORT: String(port) })
      expect(code).toBe(1)
      expect(output).toContain(
        `Port ${port} is in use. Set PORT to another port, e.g. PORT=${port + 1} npm start.`,
      )
    } finally {
      blocker.close()
    }
  }, 60_000)

  it('explains a bad setting and exits non-zero', async () => {
    const { code, output } = await runServer({ POLL_INTERVAL_MS: 'often' })
    expect(code).toBe(1)
    expect(output).toContain('POLL_INTERVAL_MS=often is not valid')
  }, 60_000)
})
