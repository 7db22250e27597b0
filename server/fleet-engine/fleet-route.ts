// GET /api/fleet: every device's row, each account's roll-up and the totals, prepared once per version.
import type { FastifyInstance } from 'fastify'
import { compareText } from '../../src/domain/alerts/alert'
import type { FleetDeviceRow } from '../../src/domain/fleet/fleet-device-row'
import type { FleetRollup } from '../../src/domain/fleet/fleet-rollup'
import type { FleetEngine } from './fleet-engine'
import type { AccountRollup } from './fleet-rows'
import { PreparedAnswer, sendPrepared } from './prepared-answer'

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString())

/** A row as the API spells it (snake_case, ISO times), as the other routes do. */
export function deviceRowJson(row: FleetDeviceRow) {
  return {
    device_id: row.deviceId,
    name: row.name,
    kind: row.kind,
    listed: row.listed,
    connected_account_id: row.accountId,
    account_name: row.accountName,
    connectivity: {
      state: row.connectivity.state,
      reason: row.connectivity.reason ?? null,
      since: iso(row.connectivity.since),
    },
    battery: {
      level: row.battery.level ?? null,
      status: row.battery.status ?? null,
      at: iso(row.battery.at),
    },
    lock: { state: row.lock.state, method: row.lock.method ?? null, at: iso(row.lock.at) },
    is_lock: row.isLock,
    model: row.model,
    last_event:
      row.lastEvent === null
        ? null
        : {
            event_id: row.lastEvent.id,
            event_type: row.lastEvent.type,
            at: iso(row.lastEvent.at),
            text: row.lastEvent.text,
            severity: row.lastEvent.severity,
          },
    open_alerts: { count: row.alerts.count, severity: row.alerts.severity },
    search_text: row.searchText,
  }
}

function rollupJson(rollup: FleetRollup) {
  return {
    devices: rollup.devices,
    online: rollup.online,
    offline: rollup.offline,
    flaky: rollup.flaky,
    unknown: rollup.unknown,
    removed: rollup.removed,
    open_alerts: { count: rollup.openAlerts, severity: rollup.severity },
  }
}

export function accountRollupJson(rollup: AccountRollup) {
  return {
    connected_account_id: rollup.accountId,
    name: rollup.name,
    listed: rollup.listed,
    provider: rollup.provider,
    health: {
      level: rollup.health.level,
      text: rollup.health.text,
      since: iso(rollup.health.since),
    },
    ...rollupJson(rollup),
  }
}

export function totalsJson(totals: FleetRollup, accounts: number) {
  return { ...rollupJson(totals), accounts }
}

/** The fleet answer of the engine's current version, made at most once per version. */
export function fleetAnswerOf(
  engine: FleetEngine,
  secrets: readonly string[],
): () => PreparedAnswer {
  let prepared: { version: number; answer: PreparedAnswer } | undefined
  return () => {
    const version = engine.fleetVersion
    if (prepared?.version !== version) {
      const devices = [...engine.rows.rows()].sort((a, b) => compareText(a.deviceId, b.deviceId))
      const accounts = [...engine.rows.rollups()].sort((a, b) =>
        compareText(a.accountId, b.accountId),
      )
      const body = JSON.stringify({
        version,
        devices: devices.map(deviceRowJson),
        accounts: accounts.map(accountRollupJson),
        totals: totalsJson(engine.rows.totals(), accounts.filter((a) => a.listed).length),
      })
      prepared = { version, answer: new PreparedAnswer(body, secrets) }
    }
    return prepared.answer
  }
}

export function registerFleetRoute(
  app: FastifyInstance,
  engine: FleetEngine,
  options: { secrets: readonly string[] },
): void {
  const answer = fleetAnswerOf(engine, options.secrets)
  app.get('/api/fleet', (request, reply) => sendPrepared(request, reply, answer()))
}
