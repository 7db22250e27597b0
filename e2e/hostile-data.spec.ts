// Hostile upstream data: markup in names and metadata stays text, non-http media never loads.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Evil door'
const HOSTILE_PROPERTY = '<script>window.__pwned=2</script>Cellar'
const HOSTILE_IMAGE = 'javascript:window.__pwned=3'
const HOSTILE_VIDEO = 'data:text/html,<script>window.__pwned=4</script>'

interface DeviceAnswer {
  device: { name: string; search_text: string }
  inventory: RawDevice | null
  events: Record<string, unknown>[]
  timelines: { media: Record<string, unknown>[] }
}

interface RawDevice {
  device_id: string
  device_type: string
  display_name?: string
  properties: { name?: string; appearance?: { name?: string } }
  custom_metadata?: Record<string, unknown>
}

interface FleetBody {
  devices: { device_id: string; kind: string; name: string; search_text: string }[]
}

/**
 * Serves the real inventory and the server's fleet read model with the first doorbell renamed
 * and its metadata poisoned.
 */
async function poisonDoorbell(page: Page): Promise<string> {
  let doorbellId = ''
  await page.route('**/api/fleet', async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as FleetBody
    const doorbell = body.devices.find((device) => device.kind === 'nest_doorbell')
    if (doorbell === undefined) throw new Error('the embedded portfolio has no doorbell')
    doorbellId = doorbell.device_id
    doorbell.name = HOSTILE_NAME
    doorbell.search_text =
      `${HOSTILE_NAME}\n${HOSTILE_PROPERTY}\n${doorbell.search_text}`.toLowerCase()
    await route.fulfill({ response, json: body })
  })
  // The device page's own answer: its name, inventory entry, a ring among its events and a visit
  // whose picture and clip are not http(s).
  await page.route('**/api/devices/*', async (route) => {
    const response = await route.fetch()
    if (doorbellId === '' || !new URL(route.request().url()).pathname.endsWith(doorbellId)) {
      return route.fulfill({ response })
    }
    const body = (await response.json()) as DeviceAnswer
    body.device.name = HOSTILE_NAME
    body.device.search_text = `${HOSTILE_NAME}\n${body.device.search_text}`.toLowerCase()
    if (body.inventory !== null) {
      body.inventory.display_name = HOSTILE_NAME
      body.inventory.properties.name = HOSTILE_NAME
      body.inventory.custom_metadata = {
        ...body.inventory.custom_metadata,
        property: HOSTILE_PROPERTY,
      }
    }
    const at = new Date(Date.now() - 60_000).toISOString()
    const ring = {
      event_id: 'e2e-hostile-ring',
      device_id: doorbellId,
      at,
      motion_sub_type: null,
      activation_reason: null,
      image_url: HOSTILE_IMAGE,
      video_url: HOSTILE_VIDEO,
    }
    body.events.unshift({
      event_id: ring.event_id,
      event_type: 'device.doorbell_rang',
      device_id: doorbellId,
      created_at: at,
      occurred_at: at,
      image_url: HOSTILE_IMAGE,
      video_url: HOSTILE_VIDEO,
    })
    body.timelines.media.unshift({
      kind: 'visit',
      id: ring.event_id,
      at,
      ended_at: at,
      ring: { kind: 'ring', ...ring },
      motions: [],
      unlock: null,
    })
    await route.fulfill({ response, json: body })
  })
  await page.addInitScript(() => {
    ;(globalThis as unknown as { __pwned: number }).__pwned = 0
  })
  await page.goto('/')
  await expect.poll(() => doorbellId).not.toBe('')
  return doorbellId
}

test('markup in a device name and its metadata is shown as text and never runs', async ({
  page,
}) => {
  await poisonDoorbell(page)
  await page.getByRole('searchbox', { name: 'Filter devices' }).fill('Evil door')
  await expect(page.getByRole('link', { name: HOSTILE_NAME })).toBeVisible()
  await page.getByRole('link', { name: HOSTILE_NAME }).click()
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE_NAME })).toBeVisible()
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned: number }).__pwned)).toBe(0)
})

test('a javascript: or data: media URL is never used as a picture or clip source', async ({
  page,
}) => {
  const doorbellId = await poisonDoorbell(page)
  await page.goto(`/devices/${doorbellId}?range=1h`)
  await expect(page.getByRole('heading', { level: 1, name: HOSTILE_NAME })).toBeVisible()
  await expect(page.getByText('Doorbell rang').first()).toBeVisible()
  const unsafe = page.locator(
    'img[src^="javascript:"], video[src^="javascript:"], img[src^="data:text"], video[src^="data:"], source[src^="data:"], a[href^="javascript:"]',
  )
  await expect(unsafe).toHaveCount(0)
  expect(await page.evaluate(() => (globalThis as unknown as { __pwned: number }).__pwned)).toBe(0)
})
