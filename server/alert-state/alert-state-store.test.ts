import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ALERT_STATE_FILE_NAME } from './alert-state-file'
import { openAlertStateStore, type AlertStateStoreOptions } from './alert-state-store'

const HOUR = 3_600_000
const START = Date.parse('2026-03-01T12:00:00Z')

let directory: string
let clock: number
let warnings: string[]

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'alert-state-'))
  clock = START
  warnings = []
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

function open(options: Partial<AlertStateStoreOptions> = {}) {
  return openAlertStateStore({
    directory,
    retentionMs: 168 * HOUR,
    now: () => clock,
    logger: { warn: (message) => warnings.push(message) },
    ...options,
  })
}

const file = () => path.join(directory, ALERT_STATE_FILE_NAME)
const savedFile = () => JSON.parse(readFileSync(file(), 'utf8')) as Record<string, unknown>

describe('AlertStateStore', () => {
  it('starts empty without a file and keeps what was saved across a restart', async () => {
    const first = await open()
    expect(first.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
    await first.acknowledge({ alert_id: 'battery_low:device:d1:e1', by: 'Ana', note: 'on it' })
    await first.snooze({ alert_id: 'device_offline:device:d2:e2', by: 'Ana', hours: 8 })

    const second = await open()
    expect(second.snapshot()).toEqual({
      acknowledgements: [
        {
          alert_id: 'battery_low:device:d1:e1',
          by: 'Ana',
          note: 'on it',
          at: '2026-03-01T12:00:00.000Z',
        },
      ],
      snoozes: [
        {
          alert_id: 'device_offline:device:d2:e2',
          by: 'Ana',
          hours: 8,
          at: '2026-03-01T12:00:00.000Z',
          until: '2026-03-01T20:00:00.000Z',
        },
      ],
    })
    expect(second.startupProblem).toBeUndefined()
  })

  it('replaces the file by rename and leaves no temporary file behind', async () => {
    const store = await open()
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    const before = statSync(file()).ino
    await store.acknowledge({ alert_id: 'a2', by: 'Ana', note: '' })
    // An in-place write would keep the inode; a rename of a new file replaces it.
    expect(statSync(file()).ino).not.toBe(before)
    expect(readdirSync(directory)).toEqual([ALERT_STATE_FILE_NAME])
    expect(savedFile()).toMatchObject({ version: 1 })
  })

  it('ignores a temporary file a crash left half-written', async () => {
    const store = await open()
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    writeFileSync(
      path.join(directory, `.${ALERT_STATE_FILE_NAME}.999.abcd.tmp`),
      '{"version":1,"ackn',
    )
    const reopened = await open()
    expect(reopened.snapshot().acknowledgements.map((a) => a.alert_id)).toEqual(['a1'])
    expect(reopened.startupProblem).toBeUndefined()
  })

  it('fails a change it cannot save and keeps the state as it was', async () => {
    const store = await open()
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    rmSync(directory, { recursive: true })
    await expect(store.acknowledge({ alert_id: 'a2', by: 'Ana', note: '' })).rejects.toThrow(
      /ENOENT/,
    )
    expect(store.snapshot().acknowledgements.map((a) => a.alert_id)).toEqual(['a1'])
  })

  it('runs concurrent changes one after another so none is lost', async () => {
    const store = await open()
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.acknowledge({ alert_id: `a${index}`, by: 'Ana', note: '' }),
      ),
    )
    const reopened = await open()
    expect(reopened.snapshot().acknowledgements).toHaveLength(20)
  })

  it('acknowledging again replaces the note; undo removes only that alert', async () => {
    const store = await open()
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: 'first' })
    await store.acknowledge({ alert_id: 'a1', by: 'Bo', note: 'second' })
    await store.acknowledge({ alert_id: 'a2', by: 'Bo', note: '' })
    await store.snooze({ alert_id: 'a1', by: 'Bo', hours: 1 })
    await store.unacknowledge('a1')
    const state = store.snapshot()
    expect(state.acknowledgements.map((a) => a.alert_id)).toEqual(['a2'])
    expect(state.snoozes.map((s) => s.alert_id)).toEqual(['a1'])
    await store.unsnooze('a1')
    expect(store.snapshot().snoozes).toEqual([])
  })

  it('stays bounded: the oldest entries go past the cap', async () => {
    const store = await open({ maxEntries: 3 })
    for (let index = 0; index < 5; index += 1) {
      clock = START + index * 1000
      await store.acknowledge({ alert_id: `a${index}`, by: 'Ana', note: '' })
      await store.snooze({ alert_id: `a${index}`, by: 'Ana', hours: 24 })
    }
    const ids = (list: readonly { alert_id: string }[]) => list.map((e) => e.alert_id).sort()
    expect(ids(store.snapshot().acknowledgements)).toEqual(['a2', 'a3', 'a4'])
    expect(ids(store.snapshot().snoozes)).toEqual(['a2', 'a3', 'a4'])
    const saved = savedFile() as { acknowledgements: unknown[]; snoozes: unknown[] }
    expect(saved.acknowledgements).toHaveLength(3)
    expect(saved.snoozes).toHaveLength(3)
  })

  it('forgets snoozes once over and acknowledgements older than the event retention', async () => {
    const store = await open({ retentionMs: 48 * HOUR })
    await store.acknowledge({ alert_id: 'old', by: 'Ana', note: '' })
    await store.snooze({ alert_id: 'short', by: 'Ana', hours: 1 })
    clock = START + 2 * HOUR
    expect(store.snapshot().snoozes).toEqual([])
    expect(store.snapshot().acknowledgements).toHaveLength(1)
    clock = START + 49 * HOUR
    await store.acknowledge({ alert_id: 'new', by: 'Ana', note: '' })
    expect(store.snapshot().acknowledgements.map((a) => a.alert_id)).toEqual(['new'])
    const saved = savedFile() as { acknowledgements: { alert_id: string }[]; snoozes: unknown[] }
    expect(saved.acknowledgements.map((a) => a.alert_id)).toEqual(['new'])
    expect(saved.snoozes).toEqual([])
  })

  it.each([
    ['not JSON', '{"version":1,', /not JSON/],
    ['of another shape', '{"version":2,"acknowledgements":[],"snoozes":[]}', /version/],
    [
      'holding a bad entry',
      '{"version":1,"acknowledgements":[{"alert_id":"a","by":"","note":"","at":"x"}],"snoozes":[]}',
      /acknowledgements/,
    ],
  ])('sets a file %s aside, says so, and starts fresh', async (_name, content, reason) => {
    writeFileSync(file(), content)
    const store = await open()
    expect(store.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
    expect(store.startupProblem).toMatch(reason)
    expect(store.startupProblem).toContain('start empty')
    expect(warnings).toEqual([store.startupProblem])
    const broken = readdirSync(directory).filter((name) => name.includes('.broken-'))
    expect(broken).toHaveLength(1)
    expect(readFileSync(path.join(directory, broken[0]!), 'utf8')).toBe(content)
    expect(store.startupProblem).toContain(broken[0])

    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    expect((await open()).snapshot().acknowledgements).toHaveLength(1)
  })
})
