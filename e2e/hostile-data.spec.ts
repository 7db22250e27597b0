// Hostile upstream data: markup in names and metadata stays text, non-http media never loads.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const HOSTILE_NAME = '<img src=x onerror="window.__pwned=1">Evil door'
const HOSTILE_PROPERTY = '<script>window.__pwned=2</script>Cellar'

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
  await page.route('**/api/devices', async (route) => {
    const response = await route.fetch()
    const body = (await response.json()) as { devices: RawDevice[] }
    const doorbell = body.devices.find((device) => device.device_type === 'nest_doorbell')
    if (doorbell === undefined) throw new Error('the embedded portfolio has no doorbell')
    doorbellId = doorbell.device_id
    doorbell.display_name = HOSTILE_NAME
    doorbell.properties.name = HOSTILE_NAME
    if (doorbell.properties.appearance) doorbell.properties.appearance.name = HOSTILE_NAME
    doorbell.custom_metadata = { ...doorbell.custom_metadata, property: HOSTILE_PROPERTY }
    await route.fulfill({ response, json: body })
  })
  await page.route('**/api/event_log*', async (route) => {
    const response = await route.fetch()
    if (new URL(route.request().url()).searchParams.has('after') || doorbellId === '') {
      return route.fulfill({ response })
    }
    const body = (await response.json()) as { events: unknown[] }
    const at = new Date(Date.now() - 60_000).toISOString()
    body.events.push({
      event_id: 'e2e-hostile-ring',
      event_type: 'device.doorbell_rang',
      device_id: doorbellId,
      created_at: at,
      occurred_at: at,
      image_url: 'javascript:window.__pwned=3',
      video_url: 'data:text/html,<script>window.__pwned=4</script>',
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
