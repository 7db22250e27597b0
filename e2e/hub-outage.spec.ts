// A hub goes down and takes its locks with it: the wall and the alert center show one incident
// naming the hub, with its locks inside, instead of a row per lock. playwright.config.ts starts
// the server with SIMULATOR_START=hub-outage, so the Harbor View hub has been down 15 minutes.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const HUB_NAME = 'Harbor View – Lobby hub'
const INCIDENT_TITLE = `Hub '${HUB_NAME}' offline: 6 locks unreachable`

interface ListedDevice {
  device_id: string
  properties: { name?: string }
  custom_metadata?: Record<string, unknown>
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** The names of the locks behind the hub, from the proxy's inventory. */
async function locksBehindHub(page: Page): Promise<string[]> {
  const response = await page.request.get('/api/devices')
  expect(response.ok()).toBe(true)
  const { devices } = (await response.json()) as { devices: ListedDevice[] }
  const hub = devices.find((device) => device.properties.name === HUB_NAME)
  expect(hub, `${HUB_NAME} is in the inventory`).toBeDefined()
  const names = devices
    .filter((device) => device.custom_metadata?.hub_device_id === hub?.device_id)
    .map((device) => device.properties.name ?? device.device_id)
  expect(names).toHaveLength(6)
  return names.sort()
}

test('the wall shows one incident for the hub, listing its six locks', async ({ page }) => {
  // Tall enough that every problem fits on one page: the wall does not cycle away mid-test.
  await page.setViewportSize({ width: 1920, height: 1600 })
  const locks = await locksBehindHub(page)
  await page.goto('/wall')

  const problems = page.getByRole('list', { name: 'Problems' })
  const rows = problems.locator(':scope > li')
  const incident = rows.filter({ hasText: INCIDENT_TITLE })
  await expect(incident).toHaveCount(1, { timeout: 20_000 })
  await expect(incident).toContainText('Hub down')
  await expect(incident).toContainText('Harbor View building (SmartThings)')
  const affected = incident.getByRole('list', { name: 'Devices affected' }).getByRole('listitem')
  // Each name follows a bullet that screen readers skip.
  await expect(affected).toHaveText(locks.map((lock) => new RegExp(`${escapeRegExp(lock)}$`)))

  // Not six more rows: no lock has an offline row of its own.
  for (const lock of locks) await expect(rows.filter({ hasText: `${lock} offline` })).toHaveCount(0)
  await expect(rows.filter({ hasText: 'hub disconnected' })).toHaveCount(0)
})

test('the alert center holds the hub and its locks inside one incident', async ({ page }) => {
  const locks = await locksBehindHub(page)
  await page.goto('/alerts')
  await expect(page.getByRole('tab', { name: /Open/ })).toHaveAttribute('aria-selected', 'true')

  const cards = page.getByRole('tabpanel').getByRole('article')
  const incident = cards.filter({ has: page.getByRole('heading', { name: INCIDENT_TITLE }) })
  await expect(incident).toHaveCount(1, { timeout: 20_000 })
  await expect(incident).toContainText('Incident')
  await expect(incident.getByRole('link', { name: HUB_NAME }).first()).toHaveAttribute(
    'href',
    /^\/devices\/[^/]+$/,
  )
  await expect(incident.getByText('Affected: 6 devices and the hub')).toBeVisible()
  for (const lock of locks) {
    await expect(incident.getByRole('link', { name: lock, exact: true })).toBeVisible()
    // No offline alert of its own beside the incident (other alerts about the lock may exist).
    const ownHeading = page.getByRole('heading', {
      name: new RegExp(`^${escapeRegExp(lock)} offline`),
    })
    await expect(cards.filter({ has: ownHeading })).toHaveCount(0)
  }
})
