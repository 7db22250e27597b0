// The alert state store on both engines: changes, bounds, restarts, history, the one-time import.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import { readAlertHistory } from '../store/alert-history-rows'
import { ALERT_STATE_IMPORTED_KEY } from '../store/alert-state-rows'
import type { StoreDb } from '../store/open-database'
import { queryRows } from '../store/query-rows'
import { StoreWriteError } from '../store/store-write-error'
import { ALERT_STATE_FILE_NAME } from './alert-state-file'
import { openAlertStateStore, type AlertStateStoreOptions } from './alert-state-store'

const ENGINES = await storeEngines()
const HOUR = 3_600_000
const START = Date.parse('2026-03-01T12:00:00Z')

let directory: string
let clock: number
let warnings: string[]
let infos: string[]

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'alert-state-'))
  clock = START
  warnings = []
  infos = []
})

afterEach(() => {
  rmSync(directory, { recursive: true, force: true })
})

function open(database: TestDatabase, options: Partial<AlertStateStoreOptions> = {}) {
  return openAlertStateStore({
    database,
    directory,
    retentionMs: 168 * HOUR,
    now: () => clock,
    logger: { info: (message) => infos.push(message), warn: (message) => warnings.push(message) },
    ...options,
  })
}

const file = () => path.join(directory, ALERT_STATE_FILE_NAME)
const ids = (list: readonly { alert_id: string }[]) => list.map((entry) => entry.alert_id).sort()

async function tableIds(db: StoreDb, table: 'alert_acknowledgements' | 'alert_snoozes') {
  const rows = queryRows<{ alert_id: string }>(
    await db.execute(sql`select alert_id from ${sql.identifier(table)} order by alert_id`),
  )
  return rows.map((row) => row.alert_id)
}

async function clearAlertTables(db: StoreDb) {
  await db.execute(sql`delete from alert_acknowledgements`)
  await db.execute(sql`delete from alert_snoozes`)
  await db.execute(sql`delete from alert_history`)
  await db.execute(sql`delete from meta where key = ${ALERT_STATE_IMPORTED_KEY}`)
}

const FILE_STATE = {
  version: 1,
  acknowledgements: [
    {
      alert_id: 'battery_low:device:d1:e1',
      by: 'Ana',
      note: 'ordered',
      at: '2026-03-01T10:00:00.000Z',
    },
  ],
  snoozes: [
    {
      alert_id: 'device_offline:device:d2:e2',
      by: 'Bo',
      hours: 24,
      at: '2026-03-01T11:00:00.000Z',
      until: '2026-03-02T11:00:00.000Z',
    },
  ],
}

describe.each(ENGINES)('AlertStateStore on $engine', ({ engine, skip }) => {
  // One database for the describe (opening one costs a second or two); tables cleared per test.
  let database: TestDatabase | undefined
  beforeAll(async () => {
    if (skip === undefined) database = await openTestDatabase(engine)
  })
  afterAll(async () => {
    await database?.drop()
  })
  beforeEach(async () => {
    if (database !== undefined) await clearAlertTables(database.db)
  })
  const run = it.skipIf(skip !== undefined)

  run('starts empty and keeps what was saved across a restart of the database', async () => {
    const first = await open(database!)
    expect(first.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
    await first.acknowledge({ alert_id: 'battery_low:device:d1:e1', by: 'Ana', note: 'on it' })
    await first.snooze({ alert_id: 'device_offline:device:d2:e2', by: 'Ana', hours: 8 })
    await first.settled()
    await database!.close()
    database = await database!.reopen()

    const second = await open(database)
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

  run('runs concurrent changes one after another so none is lost', async () => {
    const store = await open(database!)
    await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        store.acknowledge({ alert_id: `a${index}`, by: 'Ana', note: '' }),
      ),
    )
    expect(store.snapshot().acknowledgements).toHaveLength(20)
    expect(await tableIds(database!.db, 'alert_acknowledgements')).toHaveLength(20)
    expect((await open(database!)).snapshot().acknowledgements).toHaveLength(20)
  })

  run('acknowledging again replaces the note; undo removes only that alert', async () => {
    const store = await open(database!)
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: 'first' })
    await store.acknowledge({ alert_id: 'a1', by: 'Bo', note: 'second' })
    await store.acknowledge({ alert_id: 'a2', by: 'Bo', note: '' })
    await store.snooze({ alert_id: 'a1', by: 'Bo', hours: 1 })
    expect(store.snapshot().acknowledgements.find((a) => a.alert_id === 'a1')).toMatchObject({
      by: 'Bo',
      note: 'second',
    })
    await store.unacknowledge('a1')
    const state = store.snapshot()
    expect(ids(state.acknowledgements)).toEqual(['a2'])
    expect(ids(state.snoozes)).toEqual(['a1'])
    await store.unsnooze('a1')
    expect(store.snapshot().snoozes).toEqual([])
    expect(await tableIds(database!.db, 'alert_acknowledgements')).toEqual(['a2'])
    expect(await tableIds(database!.db, 'alert_snoozes')).toEqual([])
    expect((await open(database!)).snapshot()).toEqual(store.snapshot())
  })

  run('stays bounded: the oldest entries go past the cap, in the tables too', async () => {
    const store = await open(database!, { maxEntries: 3 })
    for (let index = 0; index < 5; index += 1) {
      clock = START + index * 1000
      await store.acknowledge({ alert_id: `a${index}`, by: 'Ana', note: '' })
      await store.snooze({ alert_id: `a${index}`, by: 'Ana', hours: 24 })
    }
    expect(ids(store.snapshot().acknowledgements)).toEqual(['a2', 'a3', 'a4'])
    expect(ids(store.snapshot().snoozes)).toEqual(['a2', 'a3', 'a4'])
    expect(await tableIds(database!.db, 'alert_acknowledgements')).toEqual(['a2', 'a3', 'a4'])
    expect(await tableIds(database!.db, 'alert_snoozes')).toEqual(['a2', 'a3', 'a4'])
  })

  run(
    'forgets snoozes once over and acknowledgements older than the retention, also after a restart',
    async () => {
      const store = await open(database!, { retentionMs: 48 * HOUR })
      await store.acknowledge({ alert_id: 'old', by: 'Ana', note: '' })
      await store.snooze({ alert_id: 'short', by: 'Ana', hours: 1 })
      clock = START + 2 * HOUR
      expect(store.snapshot().snoozes).toEqual([])
      expect(store.snapshot().acknowledgements).toHaveLength(1)

      // A restart long after: the old rows are still in the tables but never shown, and the next
      // change removes them.
      clock = START + 49 * HOUR
      const restarted = await open(database!, { retentionMs: 48 * HOUR })
      expect(restarted.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
      await restarted.acknowledge({ alert_id: 'new', by: 'Ana', note: '' })
      expect(ids(restarted.snapshot().acknowledgements)).toEqual(['new'])
      expect(await tableIds(database!.db, 'alert_acknowledgements')).toEqual(['new'])
      expect(await tableIds(database!.db, 'alert_snoozes')).toEqual([])
    },
  )

  run('records each change in the alert history with who and when', async () => {
    const store = await open(database!)
    const alertId = 'battery_low:device:d1:e1'
    await store.acknowledge({ alert_id: alertId, by: 'Ana', note: 'ordered' })
    clock = START + 1_000
    await store.snooze({ alert_id: alertId, by: 'Bo', hours: 1 })
    clock = START + 2_000
    await store.unsnooze(alertId, 'Cy')
    clock = START + 3_000
    await store.unacknowledge(alertId)
    // Undoing what is not there is no event.
    await store.unacknowledge(alertId, 'Dee')
    const episodes = await readAlertHistory(database!.db)
    expect(episodes).toHaveLength(1)
    expect(episodes[0]).toMatchObject({ alertId, kind: 'device', subject: 'd1', openedAt: START })
    expect(episodes[0]!.changes).toEqual([
      { type: 'acknowledged', at: '2026-03-01T12:00:00.000Z', by: 'Ana', note: 'ordered' },
      {
        type: 'snoozed',
        at: '2026-03-01T12:00:01.000Z',
        by: 'Bo',
        until: '2026-03-01T13:00:01.000Z',
      },
      { type: 'unsnoozed', at: '2026-03-01T12:00:02.000Z', by: 'Cy' },
      { type: 'unacknowledged', at: '2026-03-01T12:00:03.000Z', by: null },
    ])
    expect(await store.history({ alertId: 'other' })).toEqual([])
  })

  run('imports alert-state.json once, logs it, and leaves the file as it was', async () => {
    const original = `${JSON.stringify(FILE_STATE, null, 1)}\n`
    writeFileSync(file(), original)
    const store = await open(database!)
    expect(store.snapshot()).toEqual({
      acknowledgements: FILE_STATE.acknowledgements,
      snoozes: FILE_STATE.snoozes,
    })
    expect(store.startupProblem).toBeUndefined()
    expect(infos).toEqual([
      expect.stringMatching(
        /^Imported 1 acknowledgement and 1 snooze from .*alert-state\.json into the database at .*The file is left as it was/,
      ),
    ])
    expect(await tableIds(database!.db, 'alert_acknowledgements')).toEqual([
      'battery_low:device:d1:e1',
    ])
    expect(readFileSync(file(), 'utf8')).toBe(original)
    expect(readdirSync(directory)).toEqual([ALERT_STATE_FILE_NAME])

    // Later changes go to the database only; a changed file is never read again.
    await store.unacknowledge('battery_low:device:d1:e1')
    const changed = JSON.stringify({
      ...FILE_STATE,
      acknowledgements: [{ alert_id: 'x1', by: 'Ana', note: '', at: '2026-03-01T11:00:00.000Z' }],
    })
    writeFileSync(file(), changed)
    infos = []
    const second = await open(database!)
    expect(second.snapshot().acknowledgements).toEqual([])
    expect(ids(second.snapshot().snoozes)).toEqual(['device_offline:device:d2:e2'])
    expect(infos).toEqual([])
    expect(readFileSync(file(), 'utf8')).toBe(changed)
  })

  run('imports only what still matters, one entry per alert (the last)', async () => {
    writeFileSync(
      file(),
      JSON.stringify({
        version: 1,
        acknowledgements: [
          { alert_id: 'a1', by: 'Ana', note: 'first', at: '2026-03-01T10:00:00.000Z' },
          { alert_id: 'a1', by: 'Bo', note: 'again', at: '2026-03-01T11:00:00.000Z' },
          // Older than the retention: its alert is gone.
          { alert_id: 'gone', by: 'Ana', note: '', at: '2026-02-01T10:00:00.000Z' },
        ],
        snoozes: [
          {
            alert_id: 'over',
            by: 'Bo',
            hours: 1,
            at: '2026-03-01T10:00:00.000Z',
            until: '2026-03-01T11:00:00.000Z',
          },
        ],
      }),
    )
    const store = await open(database!)
    expect(store.snapshot().acknowledgements).toEqual([
      { alert_id: 'a1', by: 'Bo', note: 'again', at: '2026-03-01T11:00:00.000Z' },
    ])
    expect(await tableIds(database!.db, 'alert_snoozes')).toEqual([])
  })

  run('does not import a file that appears after a start without one', async () => {
    const first = await open(database!)
    expect(first.snapshot().acknowledgements).toEqual([])
    writeFileSync(file(), JSON.stringify(FILE_STATE))
    const second = await open(database!)
    expect(second.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
    expect(infos).toEqual([])
  })

  it.skipIf(skip !== undefined).each([
    ['not JSON', '{"version":1,', /not JSON/],
    ['of another shape', '{"version":2,"acknowledgements":[],"snoozes":[]}', /version/],
    [
      'holding a bad entry',
      '{"version":1,"acknowledgements":[{"alert_id":"a","by":"","note":"","at":"x"}],"snoozes":[]}',
      /acknowledgements/,
    ],
  ])('sets a file %s aside, says so, and starts empty', async (_name, content, reason) => {
    writeFileSync(file(), content)
    const store = await open(database!)
    expect(store.snapshot()).toEqual({ acknowledgements: [], snoozes: [] })
    expect(store.startupProblem).toMatch(reason)
    expect(store.startupProblem).toContain('start empty')
    expect(warnings).toEqual([store.startupProblem])
    const broken = readdirSync(directory).filter((name) => name.includes('.broken-'))
    expect(broken).toHaveLength(1)
    expect(readdirSync(directory)).toEqual(broken)
    expect(readFileSync(path.join(directory, broken[0]!), 'utf8')).toBe(content)
    expect(store.startupProblem).toContain(broken[0])

    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    const again = await open(database!)
    expect(again.snapshot().acknowledgements).toHaveLength(1)
    expect(again.startupProblem).toBeUndefined()
  })
})

describe.each(ENGINES)('AlertStateStore on $engine when a write fails', ({ engine, skip }) => {
  // Each test breaks its database, so each has its own.
  let database: TestDatabase | undefined
  afterEach(async () => {
    await database?.drop()
    database = undefined
  })
  const run = it.skipIf(skip !== undefined)

  run('fails the change and the history together and keeps the state as it was', async () => {
    database = await openTestDatabase(engine)
    const store = await open(database)
    await store.acknowledge({ alert_id: 'a1', by: 'Ana', note: '' })
    // The history write comes after the acknowledgement's row, in the same transaction.
    await database.db.execute(sql`drop table alert_history`)
    const failed = store.acknowledge({ alert_id: 'a2', by: 'Ana', note: '' })
    await expect(failed).rejects.toBeInstanceOf(StoreWriteError)
    await expect(failed).rejects.toThrow(
      /^Cannot write the acknowledgement to the database at .+: PostgreSQL error 42P01: relation "alert_history" does not exist\. Nothing was saved\./,
    )
    expect(ids(store.snapshot().acknowledgements)).toEqual(['a1'])
    expect(await tableIds(database.db, 'alert_acknowledgements')).toEqual(['a1'])
    // The next change is not stuck behind the failed one: it runs, and fails the same way.
    await expect(store.unacknowledge('a1')).rejects.toBeInstanceOf(StoreWriteError)
    expect(ids(store.snapshot().acknowledgements)).toEqual(['a1'])
  })

  run('fails on a closed database and a restart shows what was saved before', async () => {
    database = await openTestDatabase(engine)
    const store = await open(database)
    await store.snooze({ alert_id: 's1', by: 'Ana', hours: 8 })
    await database.close()
    await expect(store.snooze({ alert_id: 's2', by: 'Ana', hours: 8 })).rejects.toThrow(
      new RegExp(
        `^Cannot write the snooze to the database at ${database.location}: .+ Nothing was saved\\.`,
      ),
    )
    expect(ids(store.snapshot().snoozes)).toEqual(['s1'])
    database = await database.reopen()
    expect(ids((await open(database)).snapshot().snoozes)).toEqual(['s1'])
  })
})
