// GET /api/devices/:id: the device page's data, derived by the engine's judgement of its events.
import { compareAlerts } from '../../src/domain/alerts/alert'
import {
  deviceBatteryLevel,
  deviceMetadataText,
  type Device,
} from '../../src/domain/devices/device-schema'
import type { ParsedEvent } from '../../src/domain/events/parsed-event'
import { doorDevices } from '../../src/domain/grouping/door-devices'
import type { BatterySnapshot } from '../../src/domain/timelines/battery'
import { deviceRange, type DeviceRangeDoor } from '../../src/domain/timelines/device-range'
import { alertJson } from './alert-json'
import type { FleetEngine } from './fleet-engine'
import type { FleetJudgement } from './fleet-judgement'
import { deviceRowJson } from './fleet-route'
import { deviceStatisticsJson, deviceTimelinesJson, rangeJson } from './range-json'
import type { RangeAsked } from './range-params'
import { readDeviceEvents } from './subject-event-page'
import type { SubjectRoute } from './subject-routes'

/** The device page opens on the last 24 hours. */
const DEFAULT_SPAN_MS = 24 * 3_600_000
const NO_EVENTS: readonly ParsedEvent[] = []

export interface SubjectRouteOptions {
  secrets: readonly string[]
  now: () => number
  /** When the device and account lists were last read (null before the first read). */
  inventoryAt: () => number | null
}

/** /api/devices/:id: the device page's route (see subject-routes.ts). */
export function deviceSubject(engine: FleetEngine, options: SubjectRouteOptions): SubjectRoute {
  return {
    path: '/api/devices/:id',
    defaultSpanMs: DEFAULT_SPAN_MS,
    answer: (id, asked) => deviceAnswer(engine, id, asked, options),
    readEvents: readDeviceEvents,
    notFound: (id) =>
      `No device ${id}: neither Seam's device list nor the events kept know it. Check the id, or find the device on the fleet page.`,
  }
}

/** Everything but the events, from the engine's current judgement; undefined for an unknown id. */
function deviceAnswer(
  engine: FleetEngine,
  id: string,
  { range }: RangeAsked,
  options: SubjectRouteOptions,
) {
  const { judgement } = engine
  const row = engine.rows.row(id)
  const slot = judgement.device(id)
  if (row === undefined || slot === undefined) return undefined
  const device = slot.entry
  const listedAt = options.inventoryAt()
  const account = row.accountId === null ? undefined : judgement.account(row.accountId)
  const derived = deviceRange({
    deviceId: id,
    events: slot.events.inOrder,
    accountEvents: account?.events.inOrder ?? NO_EVENTS,
    batterySnapshot:
      device === undefined || listedAt === null ? undefined : batterySnapshotOf(device, listedAt),
    door: device === undefined ? undefined : doorOf(device, judgement),
    range,
    now: options.now(),
  })
  // The judgement's final alerts carry their incident.
  const alerts = slot.alerts.map((alert) => judgement.alert(alert.id) ?? alert).sort(compareAlerts)
  return {
    before: {
      device: deviceRowJson(row),
      inventory: device ?? null,
      range: rangeJson(range),
      timelines: deviceTimelinesJson(derived),
      statistics: deviceStatisticsJson(derived),
    },
    after: {
      alerts: alerts.map((alert) =>
        alertJson(alert, (deviceId) => engine.rows.accountOf(deviceId)),
      ),
    },
  }
}

/** What the device list said about the battery, at the time it was read (as the page takes it). */
function batterySnapshotOf(device: Device, at: number): BatterySnapshot {
  const level = deviceBatteryLevel(device)
  const status = device.properties.battery?.status ?? undefined
  return { at, ...(level !== undefined && { level }), ...(status !== undefined && { status }) }
}

/** A doorbell's door lock and cameras (custom metadata), whose events join its visits. */
function doorOf(device: Device, judgement: FleetJudgement): DeviceRangeDoor | undefined {
  // Only a doorbell naming its door's lock has companions: skip the walk over the fleet.
  if (deviceMetadataText(device, 'door_device_id') === undefined) return undefined
  const listed: Device[] = []
  for (const deviceId of judgement.deviceIds()) {
    const entry = judgement.device(deviceId)?.entry
    if (entry !== undefined) listed.push(entry)
  }
  const { companionIds, doorOf } = doorDevices(device, listed)
  if (companionIds.length === 0) return undefined
  const events = companionIds.flatMap((companion) => [
    ...(judgement.device(companion)?.events.inOrder ?? NO_EVENTS),
  ])
  return { events, doorOf }
}
