// /api/alert_state and /api/alert_history on both engines: validation in words, persistence,
// a refused write answered with 503 and the database's reason.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'drizzle-orm'
import Fastify, { type FastifyInstance } from 'fastify'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openAlertStateStore, type AlertStateStore } from '../alert-state/alert-state-store'
import { syncAlertEpisodes } from '../store/alert-history-rows'
import { ALERT_STATE_IMPORTED_KEY } from '../store/alert-state-rows'
import type { StoreDb } from '../store/open-database'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import { registerAlertStateRoutes } from './alert-state-routes'

const ENGINES = await storeEngines()
const API_KEY = 'seam_test_key_that_must_stay_secret'
const HOUR = 3_600_000
const START = Date.parse('2026-03-01T12:00:00Z')
const ALERT = 'battery_low:device:d1:e1'

let directory: string
let clock: number
let app: FastifyInstance | undefined

async function start(database: TestDatabase): Promise<AlertStateStore> {
  await app?.close()
  const store = await openAlertStateStore({
    database,
    directory,
    retentionMs: 168 * HOUR,
    now: () => clock,
  })
  app = Fastify({ logger: false })
  registerAlertStateRoutes(app, store, { secrets: [API_KEY] })
  await app.ready()
  return store
}

async function send(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const response = await app!.inject({
    method,
    url,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  })
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() }
}

async function clearAlertTables(db: StoreDb) {
  await db.execute(sql`delete from alert_acknowledgements`)
  await db.execute(sql`delete from alert_snoozes`)
  await db.execute(sql`delete from alert_history`)
  await db.execute(sql`delete from meta where key = ${ALERT_STATE_IMPORTED_KEY}`)
}

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'alert-routes-'))
  clock = START
})

afterEach(async () => {
  await app?.close()
  app = undefined
  rmSync(directory, { recursive: true, force: true })
})

describe.each(ENGINES)('/api/alert_state on $engine', ({ engine, skip }) => {
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

  run('acknowledges and snoozes, survives a restart, and undoes', async () => {
    await start(database!)
    expect(await send('GET', '/api/alert_state')).toEqual({
      status: 200,
      body: { acknowledgements: [], snoozes: [] },
    })
    const ack = await send('POST', '/api/alert_state/acknowledgements', {
      alert_id: ALERT,
      by: '  Ana  ',
      note: 'Battery ordered',
    })
    expect(ack.status).toBe(201)
    expect(ack.body.acknowledgements).toEqual([
      expect.objectContaining({ alert_id: ALERT, by: 'Ana', note: 'Battery ordered' }),
    ])
    const snooze = await send('POST', '/api/alert_state/snoozes', {
      alert_id: 'device_offline:device:d2:e2',
      by: 'Ana',
      hours: 24,
    })
    expect(snooze.status).toBe(201)

    await database!.close()
    database = await database!.reopen()
    await start(database)
    const after = await send('GET', '/api/alert_state')
    expect(after.body.acknowledgements).toHaveLength(1)
    expect(after.body.snoozes).toEqual([
      expect.objectContaining({ alert_id: 'device_offline:device:d2:e2', hours: 24 }),
    ])

    const undone = await send(
      'DELETE',
      `/api/alert_state/acknowledgements?alert_id=${encodeURIComponent(ALERT)}&by=Bo`,
    )
    expect(undone).toMatchObject({ status: 200, body: { acknowledgements: [] } })
    const woken = await send(
      'DELETE',
      '/api/alert_state/snoozes?alert_id=device_offline%3Adevice%3Ad2%3Ae2',
    )
    expect(woken).toMatchObject({ status: 200, body: { snoozes: [] } })
  })

  it.skipIf(skip !== undefined).each([
    [{ by: 'Ana', note: '' }, /alert_id is missing/],
    [{ alert_id: 'a', by: '', note: '' }, /by is empty/],
    [{ alert_id: 'a'.repeat(300), by: 'Ana' }, /alert_id .* is above 256/],
    [{ alert_id: 'a', by: 'Ana', note: 'n'.repeat(501) }, /note .* is above 500/],
    [{ alert_id: 'a', by: 'Ana\u0007' }, /by must not contain control characters/],
    [{ alert_id: 'a', by: 'Ana', admin: true }, /admin/],
    [{ alert_id: 'a', by: 'Ana', note: `my key is ${API_KEY}` }, /Seam API key/],
  ])('refuses a bad acknowledgement with a 400 in words (%j)', async (body, words) => {
    await start(database!)
    const response = await send('POST', '/api/alert_state/acknowledgements', body)
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/^The acknowledgement was not saved: /)
    expect(response.body.message).toMatch(words)
    expect((await send('GET', '/api/alert_state')).body.acknowledgements).toEqual([])
  })

  run('accepts only 1, 8 or 24 hours of snooze', async () => {
    await start(database!)
    const response = await send('POST', '/api/alert_state/snoozes', {
      alert_id: 'a',
      by: 'Ana',
      hours: 2,
    })
    expect(response).toMatchObject({ status: 400 })
    expect(response.body.message).toMatch(/hours must be 1, 8 or 24/)
  })

  run('needs an alert_id to undo, and a name without the API key', async () => {
    await start(database!)
    const response = await send('DELETE', '/api/alert_state/snoozes')
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/Nothing was undone: alert_id is missing/)
    const secret = await send(
      'DELETE',
      `/api/alert_state/acknowledgements?alert_id=a&by=${encodeURIComponent(API_KEY)}`,
    )
    expect(secret.status).toBe(400)
    expect(secret.body.message).toMatch(/Seam API key/)
  })

  run('refuses bodies that are too large or not JSON', async () => {
    await start(database!)
    const large = await app!.inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ alert_id: 'a', by: 'Ana', note: 'x'.repeat(5000) }),
    })
    expect(large.statusCode).toBe(413)
    // A form post from another site (no CORS preflight) is not even parsed.
    const form = await app!.inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { 'content-type': 'text/plain' },
      payload: '{"alert_id":"a","by":"Ana"}',
    })
    expect(form.statusCode).toBe(415)
    expect((await send('GET', '/api/alert_state')).body.acknowledgements).toEqual([])
  })

  run('has no route that replaces the whole state', async () => {
    await start(database!)
    expect((await send('POST', '/api/alert_state', { acknowledgements: [] })).status).toBe(404)
    expect((await send('POST', '/api/alert_history', {})).status).toBe(404)
  })

  run('answers the history of alerts with ISO times, filtered', async () => {
    await start(database!)
    await syncAlertEpisodes(
      database!.db,
      [
        { id: ALERT, kind: 'device', subject: 'd1', severity: 'warning' },
        { id: 'device_offline:device:d2:e2', kind: 'device', subject: 'd2', severity: 'critical' },
      ],
      START - HOUR,
    )
    await send('POST', '/api/alert_state/acknowledgements', { alert_id: ALERT, by: 'Ana' })
    clock = START + 60_000
    await send('DELETE', `/api/alert_state/acknowledgements?alert_id=${ALERT}&by=Bo`)
    await syncAlertEpisodes(
      database!.db,
      [{ id: 'device_offline:device:d2:e2', kind: 'device', subject: 'd2', severity: 'critical' }],
      START + HOUR,
    )

    const one = await send('GET', `/api/alert_history?alert_id=${encodeURIComponent(ALERT)}`)
    expect(one).toEqual({
      status: 200,
      body: {
        episodes: [
          {
            alert_id: ALERT,
            kind: 'device',
            subject: 'd1',
            severity: 'warning',
            opened_at: '2026-03-01T11:00:00.000Z',
            resolved_at: '2026-03-01T13:00:00.000Z',
            changes: [
              { type: 'acknowledged', at: '2026-03-01T12:00:00.000Z', by: 'Ana', note: '' },
              { type: 'unacknowledged', at: '2026-03-01T12:01:00.000Z', by: 'Bo' },
              { type: 'resolved', at: '2026-03-01T13:00:00.000Z' },
            ],
          },
        ],
      },
    })
    const all = await send('GET', '/api/alert_history')
    expect((all.body.episodes as unknown[]).length).toBe(2)
    const later = await send('GET', '/api/alert_history?from=2026-03-01T13:30:00Z')
    expect(later.body.episodes).toEqual([
      expect.objectContaining({ alert_id: 'device_offline:device:d2:e2', resolved_at: null }),
    ])
    const before = await send('GET', '/api/alert_history?to=2026-03-01T10:00:00Z')
    expect(before.body.episodes).toEqual([])
    const limited = await send('GET', '/api/alert_history?limit=1')
    expect((limited.body.episodes as unknown[]).length).toBe(1)
  })

  it.skipIf(skip !== undefined).each([
    ['from=yesterday', /from "yesterday" is not an ISO 8601 time/],
    [
      'from=2026-03-02T00:00:00Z&to=2026-03-01T00:00:00Z',
      /from "2026-03-02T00:00:00Z" is after to/,
    ],
    ['limit=0', /limit .* is below 1/],
    ['limit=5000', /limit .* is above 1000/],
    ['alert_id=', /alert_id is empty/],
  ])('refuses a bad history query with a 400 in words (%s)', async (query, words) => {
    await start(database!)
    const response = await send('GET', `/api/alert_history?${query}`)
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/^No history was read: /)
    expect(response.body.message).toMatch(words)
  })
})

describe.each(ENGINES)(
  '/api/alert_state on $engine when the database refuses',
  ({ engine, skip }) => {
    let database: TestDatabase | undefined
    afterEach(async () => {
      await app?.close()
      app = undefined
      await database?.drop()
      database = undefined
    })
    const run = it.skipIf(skip !== undefined)

    run('answers 503 with the reason and keeps the state as it was', async () => {
      database = await openTestDatabase(engine)
      await start(database)
      await send('POST', '/api/alert_state/snoozes', { alert_id: 's1', by: 'Ana', hours: 1 })
      await database.db.execute(sql`drop table alert_acknowledgements`)
      const refused = await send('POST', '/api/alert_state/acknowledgements', {
        alert_id: ALERT,
        by: 'Ana',
      })
      expect(refused.status).toBe(503)
      expect(refused.body).toEqual({
        error: 'not_saved',
        message: expect.stringMatching(
          /^Cannot write the acknowledgement to the database at .+: PostgreSQL error 42P01: relation "alert_acknowledgements" does not exist\. Nothing was saved\. Check .+, then try again\.$/,
        ) as unknown,
      })
      expect((await send('GET', '/api/alert_state')).body).toEqual({
        acknowledgements: [],
        snoozes: [expect.objectContaining({ alert_id: 's1' })],
      })
      // The history of the refused change was not written either (one transaction).
      expect((await send('GET', '/api/alert_history')).body).toEqual({
        episodes: [
          expect.objectContaining({
            alert_id: 's1',
            changes: [expect.objectContaining({ type: 'snoozed' })],
          }),
        ],
      })
    })

    run('answers 503 when the database has gone away, for writes and history reads', async () => {
      database = await openTestDatabase(engine)
      await start(database)
      await database.close()
      const refused = await send('DELETE', '/api/alert_state/snoozes?alert_id=s1')
      expect(refused.status).toBe(503)
      expect(refused.body.message).toMatch(
        /^Cannot write the undoing of the snooze to the database at .+ Nothing was saved\./,
      )
      const history = await send('GET', '/api/alert_history')
      expect(history.status).toBe(503)
      expect(history.body.message).toMatch(/^Cannot read the alert history from the database at /)
    })
  },
)
