// Support staff drill into one device: header, four timelines, its events, a shareable range,
// a doorbell's pictures in a lightbox, and the account behind it.
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

interface ListedDevice {
  device_id: string
  device_type: string
  properties: { name?: string }
}

async function listDevices(page: Page): Promise<ListedDevice[]> {
  const response = await page.request.get('/api/devices')
  expect(response.ok()).toBe(true)
  return ((await response.json()) as { devices: ListedDevice[] }).devices
}

test('open a lock from the fleet, read its timelines and events, keep the range in the URL', async ({
  page,
}) => {
  const devices = await listDevices(page)
  const lock = devices.find((d) => d.properties.name === 'Maple St 12 – Front door')!
  expect(lock).toBeDefined()

  await page.goto('/')
  const link = page.getByRole('link', { name: lock.properties.name, exact: true }).first()
  const linked = await link.waitFor({ timeout: 10_000 }).then(
    () => true,
    () => false,
  )
  // The fleet table may not link names yet; then the device is opened by its address.
  if (linked) await link.click()
  else await page.goto(`/devices/${lock.device_id}`)
  await expect(page).toHaveURL(new RegExp(`/devices/${lock.device_id}`))

  await expect(page.getByRole('heading', { level: 1, name: lock.properties.name })).toBeVisible()
  const summary = page.getByRole('region', { name: 'Device summary' })
  await expect(summary.getByText('August lock', { exact: false })).toBeVisible()
  await expect(summary.getByRole('link', { name: /Harborline Stays/ })).toBeVisible()
  await expect(summary.getByRole('meter', { name: 'Battery' })).toBeVisible()

  for (const name of ['Connectivity', 'Battery', 'Lock activity', 'Media']) {
    await expect(page.getByRole('region', { name, exact: true })).toBeVisible()
  }
  // The lock is busy: its track has marks and says how many.
  await expect(page.getByRole('region', { name: 'Lock activity' })).toContainText(/\d+ events?/)

  const events = page.getByRole('list', { name: 'Device events, newest first' })
  await expect(events.getByRole('listitem').first()).toBeVisible()
  const times: number[] = []
  for (const time of (await events.locator('time').all()).slice(0, 30)) {
    times.push(Date.parse((await time.getAttribute('datetime')) ?? ''))
  }
  expect(times.length).toBeGreaterThan(1)
  expect(times).toEqual([...times].sort((a, b) => b - a))

  const timeRange = page.getByRole('group', { name: 'Time range' })
  await timeRange.getByRole('button', { name: '7 d' }).click()
  await expect(page).toHaveURL(/[?&]range=7d/)
  await page.getByRole('button', { name: 'Zoom in' }).click()
  await expect(page).toHaveURL(/[?&]zoom=\d+-\d+/)
  const zoomed = new URL(page.url()).searchParams.get('zoom')

  await page.reload()
  await expect(timeRange.getByRole('button', { name: '7 d' })).toHaveAttribute(
    'aria-pressed',
    'true',
  )
  await expect(page.getByRole('heading', { name: /Timelines/ })).toContainText('(zoomed)')
  expect(new URL(page.url()).searchParams.get('zoom')).toBe(zoomed)

  await page.getByRole('button', { name: 'Reset zoom' }).click()
  await expect(page).not.toHaveURL(/zoom=/)
  await timeRange.getByRole('button', { name: '1 h' }).click()
  await expect(page).toHaveURL(/[?&]range=1h/)
})

test('a doorbell shows its pictures; one opens in a lightbox that Esc closes', async ({ page }) => {
  const devices = await listDevices(page)
  const doorbell = devices.find((d) => d.device_type === 'nest_doorbell')!
  await page.goto(`/devices/${doorbell.device_id}?range=7d`)
  await expect(
    page.getByRole('heading', { level: 1, name: doorbell.properties.name }),
  ).toBeVisible()

  const media = page.getByRole('region', { name: 'Pictures and clips' })
  await expect(media.getByRole('heading', { name: 'Doorbell visit' }).first()).toBeVisible()
  const thumbnail = media.getByRole('button', { name: /^Open (picture|clip):/ }).first()
  await expect(thumbnail.locator('img')).toHaveAttribute(
    'src',
    /^http:\/\/127\.0\.0\.1:\d+\/media\//,
  )
  await thumbnail.click()

  const dialog = page.getByRole('dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog).toHaveAccessibleName(/at \d{4}-\d{2}-\d{2}/)
  await expect(dialog.locator('video, img').first()).toBeVisible()
  await expect(page).toHaveURL(/[?&]media=/)

  await page.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  await expect(page).not.toHaveURL(/media=/)
  await expect(thumbnail).toBeFocused()
})

test('the account page shows its status history and devices', async ({ page }) => {
  const devices = await listDevices(page)
  const doorbell = devices.find((d) => d.device_type === 'nest_doorbell')!
  await page.goto(`/devices/${doorbell.device_id}`)
  await page
    .getByRole('region', { name: 'Device summary' })
    .getByRole('link', { name: /Google Nest/ })
    .click()
  await expect(page).toHaveURL(/\/accounts\//)
  await expect(page.getByRole('heading', { level: 1, name: /Google Nest/ })).toBeVisible()

  const history = page.getByRole('region', { name: 'Status history' })
  await expect(history.getByRole('list', { name: 'Status changes, newest first' })).toBeVisible()
  await expect(history).toContainText('Connected')

  const accountDevices = page.getByRole('region', { name: /^Devices/ })
  await expect(accountDevices.getByRole('link', { name: doorbell.properties.name })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Login failures' })).toBeVisible()
})

test('an unknown device id says so and leads back', async ({ page }) => {
  await page.goto('/devices/no-such-device')
  await expect(page.getByRole('heading', { name: 'No device with this id' })).toBeVisible()
  await page.getByRole('link', { name: 'Back to the fleet' }).click()
  await expect(page).toHaveURL(/\/$/)
})

test('the device and account pages read the server’s answers, never the whole event history', async ({
  page,
}) => {
  const devices = await listDevices(page)
  const lock = devices.find((d) => d.properties.name === 'Maple St 12 – Front door')!
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname)
  })
  await page.goto(`/devices/${lock.device_id}?range=7d`)
  await expect(page.getByRole('heading', { level: 1, name: lock.properties.name })).toBeVisible()
  const events = page.getByRole('list', { name: 'Device events, newest first' })
  await expect(events.getByRole('listitem').first()).toBeVisible()
  await expect(page.getByRole('region', { name: 'Lock activity' })).toContainText(/\d+ events?/)

  await page
    .getByRole('region', { name: 'Device summary' })
    .getByRole('link', { name: /Harborline Stays/ })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: /Harborline Stays/ })).toBeVisible()
  await expect(page.getByRole('region', { name: /^Devices/ })).toContainText(lock.properties.name!)

  expect(asked).toContain(`/api/devices/${lock.device_id}`)
  expect(asked.some((path) => path.startsWith('/api/connected_accounts/'))).toBe(true)
  expect(asked).not.toContain('/api/event_log')
  // Nor the inventory lists the pages used to join in the browser.
  expect(asked).not.toContain('/api/devices')
  expect(asked).not.toContain('/api/connected_accounts')
})
