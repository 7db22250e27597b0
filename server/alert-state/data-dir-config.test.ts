// DATA_DIR in readConfig: created when missing, refused in words when it cannot be written.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from '../config'

let base: string

beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'data-dir-'))
})

afterEach(() => {
  rmSync(base, { recursive: true, force: true })
})

describe('DATA_DIR', () => {
  it('creates a missing directory and resolves it to an absolute path', () => {
    const wanted = path.join(base, 'nested', 'data')
    expect(readConfig({ DATA_DIR: wanted }, '/dist').dataDir).toBe(wanted)
    expect(existsSync(wanted)).toBe(true)
  })

  it('defaults to data/ in the project', () => {
    const config = readConfig({}, '/dist')
    expect(config.dataDir).toBe(path.resolve(import.meta.dirname, '..', '..', 'data'))
  })

  it('stops the start with a message naming DATA_DIR when it cannot be created', () => {
    const blocker = path.join(base, 'a-file')
    writeFileSync(blocker, '')
    let error: unknown
    try {
      readConfig({ DATA_DIR: path.join(blocker, 'data') }, '/dist')
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as Error).message).toMatch(
      /DATA_DIR .*a-file\/data cannot be created or written .*Set DATA_DIR to a writable directory/,
    )
  })
})
