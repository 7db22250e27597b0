// Alert history in the database, on both engines: episodes open, change, resolve and reopen.
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { openTestDatabase, storeEngines, type TestDatabase } from '../testing/test-database'
import {
  alertHistorySql,
  alertIdSubject,
  readAlertHistory,
  recordAlertAction,
  syncAlertEpisodes,
  type OpenAlert,
} from './alert-history-rows'
import { queryRows } from './query-rows'

const ENGINES = await storeEngines()
const HOUR = 3_600_000
const T0 = Date.parse('2026-03-01T12:00:00Z')
const at = (ms: number) => new Date(ms).toISOString()

const OFFLINE = 'device_offline:device:d1:e1'
const BATTERY = 'battery_low:device:d2:e2'

function alert(id: string, severity: string): OpenAlert {
  const { kind, subject } = alertIdSubject(id)
  return { id, kind, subject, severity }
}

describe('alertIdSubject', () => {
  it('reads the subject from rule:kind:subject:event, keeping colons inside the subject', () => {
    expect(alertIdSubject(OFFLINE)).toEqual({ kind: 'device', subject: 'd1' })
    expect(alertIdSubject('webview_login_failed:workspace:webview:e9')).toEqual({
      kind: 'workspace',
      subject: 'webview',
    })
    expect(alertIdSubject('account_disconnected:account:acc:with:colons:e3')).toEqual({
      kind: 'account',
      subject: 'acc:with:colons',
    })
  })

  it.each(['a1', 'battery_low:device:d1', 'no_such_rule:device:d1:e1', 'battery_low:hub:d1:e1'])(
    'says unknown for an id of another shape (%s)',
    (id) => {
      expect(alertIdSubject(id)).toEqual({ kind: 'unknown', subject: 'unknown' })
    },
  )
})

describe.each(ENGINES)('alert history on $engine', ({ engine, skip }) => {
  let database: TestDatabase | undefined
  beforeAll(async () => {
    if (skip === undefined) database = await openTestDatabase(engine)
  })
  afterAll(async () => {
    await database?.drop()
  })
  beforeEach(async () => {
    await database?.db.execute(sql`delete from alert_history`)
  })
  const db = () => database!.db

  it.skipIf(skip !== undefined)('opens one episode per open alert, once', async () => {
    const first = await syncAlertEpisodes(
      db(),
      [alert(OFFLINE, 'warning'), alert(BATTERY, 'critical')],
      T0,
    )
    expect(first).toEqual({ opened: [OFFLINE, BATTERY], changed: [], resolved: [] })
    const again = await syncAlertEpisodes(
      db(),
      [alert(OFFLINE, 'warning'), alert(BATTERY, 'critical')],
      T0 + 60_000,
    )
    expect(again).toEqual({ opened: [], changed: [], resolved: [] })
    const episodes = await readAlertHistory(db())
    expect(episodes.map((e) => [e.alertId, e.kind, e.subject, e.severity, e.openedAt])).toEqual([
      [BATTERY, 'device', 'd2', 'critical', T0],
      [OFFLINE, 'device', 'd1', 'warning', T0],
    ])
    expect(episodes.every((e) => e.resolvedAt === null && e.changes.length === 0)).toBe(true)
  })

  it.skipIf(skip !== undefined)('records a severity change and a resolution', async () => {
    await syncAlertEpisodes(db(), [alert(BATTERY, 'warning'), alert(OFFLINE, 'warning')], T0)
    const changed = await syncAlertEpisodes(
      db(),
      [alert(BATTERY, 'critical'), alert(OFFLINE, 'warning')],
      T0 + HOUR,
    )
    expect(changed).toEqual({
      opened: [],
      changed: [{ alertId: BATTERY, from: 'warning', to: 'critical' }],
      resolved: [],
    })
    const resolved = await syncAlertEpisodes(db(), [alert(OFFLINE, 'warning')], T0 + 2 * HOUR)
    expect(resolved).toEqual({ opened: [], changed: [], resolved: [BATTERY] })

    const [battery] = await readAlertHistory(db(), { alertId: BATTERY })
    expect(battery).toMatchObject({ severity: 'critical', openedAt: T0, resolvedAt: T0 + 2 * HOUR })
    expect(battery!.changes).toEqual([
      { type: 'severity', at: at(T0 + HOUR), from: 'warning', to: 'critical' },
      { type: 'resolved', at: at(T0 + 2 * HOUR) },
    ])
    const [offline] = await readAlertHistory(db(), { alertId: OFFLINE })
    expect(offline).toMatchObject({ resolvedAt: null, changes: [] })
  })

  it.skipIf(skip !== undefined)(
    'opens a new episode when a resolved alert opens again',
    async () => {
      await syncAlertEpisodes(db(), [alert(OFFLINE, 'warning')], T0)
      await syncAlertEpisodes(db(), [], T0 + HOUR)
      const reopened = await syncAlertEpisodes(db(), [alert(OFFLINE, 'critical')], T0 + 2 * HOUR)
      expect(reopened.opened).toEqual([OFFLINE])
      const episodes = await readAlertHistory(db(), { alertId: OFFLINE })
      expect(episodes.map((e) => [e.openedAt, e.resolvedAt, e.severity])).toEqual([
        [T0 + 2 * HOUR, null, 'critical'],
        [T0, T0 + HOUR, 'warning'],
      ])
    },
  )

  it.skipIf(skip !== undefined)(
    'appends actions with who and when to the open episode',
    async () => {
      await syncAlertEpisodes(db(), [alert(OFFLINE, 'warning')], T0)
      await recordAlertAction(db(), {
        alertId: OFFLINE,
        action: 'acknowledged',
        by: 'Ana',
        at: T0 + 1_000,
        note: 'on my way',
      })
      await recordAlertAction(db(), {
        alertId: OFFLINE,
        action: 'snoozed',
        by: 'Bo',
        at: T0 + 2_000,
        until: T0 + 2_000 + 8 * HOUR,
      })
      await recordAlertAction(db(), {
        alertId: OFFLINE,
        action: 'unsnoozed',
        by: null,
        at: T0 + 3_000,
      })
      const episodes = await readAlertHistory(db())
      expect(episodes).toHaveLength(1)
      expect(episodes[0]!.changes).toEqual([
        { type: 'acknowledged', at: at(T0 + 1_000), by: 'Ana', note: 'on my way' },
        { type: 'snoozed', at: at(T0 + 2_000), by: 'Bo', until: at(T0 + 2_000 + 8 * HOUR) },
        { type: 'unsnoozed', at: at(T0 + 3_000), by: null },
      ])
    },
  )

  it.skipIf(skip !== undefined)(
    'opens an episode for an action on an alert it has not seen; the next sync fills in the severity',
    async () => {
      await recordAlertAction(db(), { alertId: BATTERY, action: 'acknowledged', by: 'Ana', at: T0 })
      const [opened] = await readAlertHistory(db())
      expect(opened).toMatchObject({
        alertId: BATTERY,
        kind: 'device',
        subject: 'd2',
        severity: 'unknown',
        openedAt: T0,
        resolvedAt: null,
      })
      // The engine then sees the alert: same episode, its severity, no "change" from unknown.
      const synced = await syncAlertEpisodes(db(), [alert(BATTERY, 'critical')], T0 + 1_000)
      expect(synced).toEqual({ opened: [], changed: [], resolved: [] })
      const episodes = await readAlertHistory(db())
      expect(episodes).toHaveLength(1)
      expect(episodes[0]).toMatchObject({ severity: 'critical', openedAt: T0 })
      expect(episodes[0]!.changes.map((change) => change.type)).toEqual(['acknowledged'])

      // An id of another shape still gets its line.
      await recordAlertAction(db(), {
        alertId: 'a1',
        action: 'snoozed',
        by: 'Bo',
        at: T0,
        until: T0 + HOUR,
      })
      const [odd] = await readAlertHistory(db(), { alertId: 'a1' })
      expect(odd).toMatchObject({ kind: 'unknown', subject: 'unknown', severity: 'unknown' })
    },
  )

  it.skipIf(skip !== undefined)(
    'reads the episodes that overlap a range, newest first',
    async () => {
      // A: T0..T0+1h, B: T0+2h..T0+3h, C: T0+4h..open.
      await syncAlertEpisodes(db(), [alert('device_offline:device:a:e', 'warning')], T0)
      await syncAlertEpisodes(db(), [], T0 + HOUR)
      await syncAlertEpisodes(db(), [alert('device_offline:device:b:e', 'warning')], T0 + 2 * HOUR)
      await syncAlertEpisodes(db(), [], T0 + 3 * HOUR)
      await syncAlertEpisodes(db(), [alert('device_offline:device:c:e', 'warning')], T0 + 4 * HOUR)
      const subjects = async (query: Parameters<typeof readAlertHistory>[1]) =>
        (await readAlertHistory(db(), query)).map((episode) => episode.subject)

      expect(await subjects({})).toEqual(['c', 'b', 'a'])
      expect(await subjects({ from: T0 + 30 * 60_000, to: T0 + 2.5 * HOUR })).toEqual(['b', 'a'])
      // Edges count: resolved exactly at `from`, opened exactly at `to`.
      expect(await subjects({ from: T0 + HOUR, to: T0 + 2 * HOUR })).toEqual(['b', 'a'])
      expect(await subjects({ from: T0 + 3.5 * HOUR })).toEqual(['c'])
      expect(await subjects({ to: T0 + 1.5 * HOUR })).toEqual(['a'])
      expect(await subjects({ from: T0 + 3.2 * HOUR, to: T0 + 3.8 * HOUR })).toEqual([])
      expect(await subjects({ limit: 2 })).toEqual(['c', 'b'])
      expect(await subjects({ alertId: 'device_offline:device:b:e', from: T0 })).toEqual(['b'])
    },
  )

  it.skipIf(skip !== undefined)(
    'reads one alert through its index, and a recent range through the open/resolved index',
    async () => {
      // With sequential scans ruled out, the planner shows whether an index serves the query.
      const plan = (query: Parameters<typeof alertHistorySql>[0]) =>
        db().transaction(async (tx) => {
          await tx.execute(sql`set local enable_seqscan = off`)
          return queryRows<{ 'QUERY PLAN': string }>(
            await tx.execute(sql`explain ${alertHistorySql(query)}`),
          )
            .map((row) => row['QUERY PLAN'])
            .join('\n')
        })
      expect(await plan({ alertId: OFFLINE, to: T0 })).toContain('alert_history_alert_opened')
      expect(await plan({ from: T0 })).toContain('alert_history_open')
    },
  )
})
