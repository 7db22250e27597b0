// Support staff explore every event: filter, share the link, open a payload, export what they see.
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'

const eventList = (page: Page) => page.getByRole('list', { name: /Events, newest first/ })
const rows = (page: Page) => eventList(page).getByRole('listitem')
const rowButton = (page: Page, index: number) => rows(page).nth(index).getByRole('button').first()

test('filter events, keep the filters in the link, open a payload', async ({ page }) => {
  await page.goto('/events')
  await expect(rows(page).first()).toBeVisible()

  const lock = page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Lock' })
  await lock.click()
  await expect(lock).toHaveAttribute('aria-pressed', 'true')
  await expect(page).toHaveURL(/[?&]category=lock(&|$)/)

  await page.getByRole('searchbox', { name: 'Search' }).fill('unlocked')
  await expect(page).toHaveURL(/[?&]q=unlocked(&|$)/)
  await expect(rows(page).first()).toContainText('lock.unlocked')
  for (const text of await rows(page).allInnerTexts()) expect(text).toContain('unlocked')

  await page.reload()
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('unlocked')
  await expect(
    page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Lock' }),
  ).toHaveAttribute('aria-pressed', 'true')
  await expect(rows(page).first()).toContainText('lock.unlocked')

  // Keyboard: arrows move between rows, Enter opens one.
  await rowButton(page, 0).focus()
  await page.keyboard.press('ArrowDown')
  await expect(rowButton(page, 1)).toBeFocused()
  // One Tab stop for the whole list: the row last focused.
  await expect(rowButton(page, 1)).toHaveAttribute('tabindex', '0')
  await expect(rowButton(page, 0)).toHaveAttribute('tabindex', '-1')
  await page.keyboard.press('Enter')
  await expect(rowButton(page, 1)).toHaveAttribute('aria-expanded', 'true')
  const payload = page.getByLabel('Event payload JSON')
  await expect(payload).toContainText('"event_type": "lock.unlocked"')
  await expect(page).toHaveURL(/[?&]event=/)
  await page.keyboard.press('Space')
  await expect(payload).toHaveCount(0)
})

test('an access code set on a device shows no PIN', async ({ page }) => {
  await page.goto('/events?type=access_code.set_on_device')
  await expect(rows(page).first()).toContainText('access_code.set_on_device')
  await rowButton(page, 0).click()
  const payload = page.getByLabel('Event payload JSON')
  await expect(payload).toContainText('"event_type": "access_code.set_on_device"')
  await expect(payload).toContainText('"access_code_id"')
  await expect(payload).not.toContainText('"code"')
})

test('the CSV export holds exactly the filtered events', async ({ page }) => {
  // A fixed end in the past, so live events cannot change the count between reading and export.
  const to = new Date(Date.now() - 60_000).toISOString()
  await page.goto(`/events?category=lock&to=${encodeURIComponent(to)}`)
  await expect(rows(page).first()).toBeVisible()

  const exportButton = page.getByRole('button', { name: /^Export [\d,]+ as CSV$/ })
  const label = (await exportButton.textContent()) ?? ''
  const count = Number(/Export ([\d,]+)/.exec(label)![1]!.replaceAll(',', ''))
  expect(count).toBeGreaterThan(0)
  await expect(page.getByText(`Showing ${count.toLocaleString('en')} of`)).toBeVisible()

  const [download] = await Promise.all([page.waitForEvent('download'), exportButton.click()])
  expect(download.suggestedFilename()).toMatch(/^doorboard-events_.+_to_.+\.csv$/)
  const csv = await readFile(await download.path(), 'utf8')
  const lines = csv.split('\r\n').filter((line) => line !== '')
  expect(lines[0]).toMatch(/^occurred_at,created_at,event_id,event_type,category,/)
  expect(lines.length - 1).toBe(count)
  for (const line of lines.slice(1)) expect(line).toContain(',lock,')
})

test('unknown and invalid events are listed and can be filtered', async ({ page }) => {
  // Seam may add types, and a payload may be malformed; the fake sends neither, so add them.
  const at = new Date(Date.now() - 5 * 60_000).toISOString()
  await page.route('**/api/event_log*', async (route) => {
    const response = await route.fetch()
    if (new URL(route.request().url()).searchParams.has('after')) return route.fulfill({ response })
    const body = (await response.json()) as { events: unknown[] }
    body.events.push(
      { event_id: 'e2e-unknown', event_type: 'lock.teleported', created_at: at, occurred_at: at },
      {
        event_id: 'e2e-invalid',
        event_type: 'device.low_battery',
        device_id: 'nowhere',
        battery_level: 7,
        created_at: at,
        occurred_at: at,
      },
    )
    await route.fulfill({ response, json: body })
  })
  await page.goto('/events')
  const parsing = page.getByRole('group', { name: 'Parsing' })
  await parsing.getByRole('button', { name: 'Unknown type' }).click()
  await expect(page).toHaveURL(/[?&]status=unknown(&|$)/)
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText("Unknown event 'lock.teleported'")

  await parsing.getByRole('button', { name: 'Invalid' }).click()
  await expect(rows(page)).toHaveCount(2)
  await parsing.getByRole('button', { name: 'Unknown type' }).click()
  await expect(rows(page)).toHaveCount(1)
  await expect(rows(page).first()).toContainText('Invalid event')
  await rowButton(page, 0).click()
  await expect(page.getByLabel('Event payload JSON')).toContainText('"battery_level": 7')
})
