import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createFake, type Fake } from '@seamapi/fake-seam-connect'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseConnectedAccount } from '../../src/domain/accounts/connected-account-schema'
import { parseDevice } from '../../src/domain/devices/device-schema'
import { KNOWN_EVENT_TYPES } from '../../src/domain/events/event-types'
import { parseSeamEvent } from '../../src/domain/events/parse-event'
import { deviceRole, hubOf } from './device-kinds'
import { deviceIdFor } from './device-records'
import {
  createPortfolioFake,
  eventOrderProblems,
  stateProblems,
  storedEvents,
  TEST_MEDIA_BASE_URL,
  TEST_NOW,
  TEST_WORKSPACE_ID,
  type StoredEvent,
} from './embedded-test-support'
import { workspaceAccounts, workspaceDevices } from './fake-store'
import { MEDIA_FILES } from './media-library'
import { DEVICE_SPECS, HARBOR_VIEW_HUB_KEY } from './portfolio-catalogue'
import { DEFAULT_HISTORY_MS, seedPortfolio } from './portfolio-seed'
import { createSeededRandom } from './seeded-random'

const publicMedia = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../public/media')

async function seededFake(seed: number): Promise<Fake> {
  const fake = await createFake()
  fake.database.addWorkspace({ workspace_id: TEST_WORKSPACE_ID, name: 'Test portfolio' })
  seedPortfolio({
    database: fake.database,
    workspaceId: TEST_WORKSPACE_ID,
    mediaBaseUrl: TEST_MEDIA_BASE_URL,
    random: createSeededRandom(seed),
    now: () => TEST_NOW,
  })
  return fake
}

function missingTypes(events: readonly StoredEvent[]): string[] {
  const seen = new Set(events.map((event) => event.event_type))
  return KNOWN_EVENT_TYPES.filter((type) => !seen.has(type))
}

/** As the proxy receives it: through JSON. */
function asReceived(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value))
}

describe('the portfolio inventory', () => {
  let fake: Fake
  beforeAll(async () => {
    fake = await createPortfolioFake(TEST_NOW)
  })

  it('has 40 devices of every kind the dashboard shows, in five accounts', () => {
    const devices = workspaceDevices(fake.database, TEST_WORKSPACE_ID)
    const roles = devices.map((device) => deviceRole(device.device_type))
    const count = (role: string) => roles.filter((candidate) => candidate === role).length
    expect(devices).toHaveLength(40)
    expect([count('hub'), count('camera'), count('doorbell')]).toEqual([1, 3, 2])
    expect([count('thermostat'), count('noise_sensor'), count('lock')]).toEqual([1, 1, 32])
    const accounts = workspaceAccounts(fake.database, TEST_WORKSPACE_ID)
    expect(new Set(accounts.map((account) => account.provider))).toEqual(
      new Set(['august', 'smartthings', 'salto_ks', 'nest', 'minut']),
    )
  })

  it('records which six locks reach Seam through the hub', () => {
    const devices = workspaceDevices(fake.database, TEST_WORKSPACE_ID)
    const hubId = deviceIdFor(HARBOR_VIEW_HUB_KEY)
    const behindHub = devices.filter((device) => hubOf(device) === hubId)
    expect(behindHub.map((device) => device.properties.name).sort()).toEqual(
      ['1A', '1B', '2A', '2B', '3A', '3B'].map((unit) => `Harbor View – Unit ${unit} door`),
    )
    expect(devices.find((device) => device.device_id === hubId)?.device_type).toBe(
      'smartthings_hub',
    )
  })

  it('gives devices ids derived from their names, the same on every start', async () => {
    const other = await createPortfolioFake(TEST_NOW - 86_400_000)
    const ids = (db: Fake) =>
      workspaceDevices(db.database, TEST_WORKSPACE_ID).map((device) => device.device_id)
    expect(ids(other).sort()).toEqual(ids(fake).sort())
    expect(ids(fake)).toContain(deviceIdFor(DEVICE_SPECS[0]!.key))
    expect(new Set(ids(fake)).size).toBe(40)
  })

  it('serves devices and accounts the dashboard schemas accept, with realistic properties', () => {
    for (const device of workspaceDevices(fake.database, TEST_WORKSPACE_ID)) {
      const parsed = parseDevice(asReceived(device))
      expect(parsed.ok ? parsed.value.properties.online : parsed.reason).toBe(true)
      expect(device.properties.model.manufacturer_display_name).not.toBe('Generic')
      const battery = device.properties.battery
      if (deviceRole(device.device_type) === 'lock') {
        expect(device.properties.locked).toBe(true)
        expect(battery?.level).toBeGreaterThan(0)
      }
      if (device.device_type === 'smartthings_hub') expect(battery).toBeUndefined()
    }
    for (const account of workspaceAccounts(fake.database, TEST_WORKSPACE_ID)) {
      expect(parseConnectedAccount(asReceived(account)).ok).toBe(true)
    }
  })
})

describe('the portfolio history', () => {
  let fake: Fake
  let events: StoredEvent[]
  beforeAll(async () => {
    fake = await seededFake(7)
    events = storedEvents(fake.database)
  })

  it('contains every one of the 56 known event types', () => {
    expect(events.length).toBeGreaterThan(1000)
    expect(missingTypes(events)).toEqual([])
  })

  it('is written oldest first, within the last three days', () => {
    const created = events.map((event) => Date.parse(event.created_at))
    for (let i = 1; i < created.length; i++) {
      expect(created[i]!).toBeGreaterThanOrEqual(created[i - 1]!)
    }
    expect(created[0]!).toBeGreaterThanOrEqual(TEST_NOW - DEFAULT_HISTORY_MS)
    expect(created.at(-1)!).toBeLessThanOrEqual(TEST_NOW)
    for (const event of events) {
      const lag = Date.parse(event.created_at) - Date.parse(String(event.occurred_at))
      expect(lag).toBeGreaterThanOrEqual(0)
      expect(lag).toBeLessThanOrEqual(6_000)
    }
  })

  it('holds only events the dashboard parses as known, with their documented fields', () => {
    const problems = events
      .map((event) => parseSeamEvent(asReceived(event)))
      .filter((parsed) => parsed.status !== 'known')
      .map((parsed) => `${parsed.type}: ${parsed.reason ?? parsed.status}`)
    expect(problems).toEqual([])
    const hubDrops = events.filter((event) => event.error_code === 'hub_disconnected')
    expect(hubDrops.length).toBeGreaterThanOrEqual(6)
  })

  it('carries the PIN on set_on_device and scheduled_on_device, so the proxy must strip it', () => {
    const withPin = events.filter(
      (event) =>
        event.event_type === 'access_code.set_on_device' ||
        event.event_type === 'access_code.scheduled_on_device',
    )
    expect(withPin.length).toBeGreaterThan(10)
    for (const event of withPin) expect(event.code).toMatch(/^\d{4}(\d{2})?$/)
  })

  it('points camera and doorbell media at small files the app serves', () => {
    const urls = events
      .flatMap((event) => [event.image_url, event.video_url])
      .filter((url): url is string => typeof url === 'string')
    const prefix = `${TEST_MEDIA_BASE_URL}/media/`
    expect(urls.every((url) => url.startsWith(prefix))).toBe(true)
    const files = new Set(urls.map((url) => url.slice(prefix.length)))
    expect([...files].sort()).toEqual([...MEDIA_FILES].sort())
    for (const file of MEDIA_FILES) {
      const full = path.join(publicMedia, file)
      expect(existsSync(full)).toBe(true)
      expect(statSync(full).size).toBeLessThan(200_000)
    }
  })

  it('leaves every device in the state its last events describe', () => {
    expect(stateProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(eventOrderProblems(fake.database, TEST_WORKSPACE_ID)).toEqual([])
    expect(workspaceDevices(fake.database, TEST_WORKSPACE_ID)).toHaveLength(40)
  })

  it('covers every known type whatever the seed', async () => {
    for (const seed of [1, 2, 3]) {
      const other = await seededFake(seed)
      expect({ seed, missing: missingTypes(storedEvents(other.database)) }).toEqual({
        seed,
        missing: [],
      })
    }
  })
})
