// The fleet overview: accounts as regions, a searchable, sortable table whose state lives in the URL.
import { test, expect } from './fixtures'

const HARBORLINE = 'Harborline Stays (August & Yale)'
const FRONT_DOOR = 'Maple St 12 – Front door'

test('the header shows the upstream state and the data age', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByTestId('upstream-status')).toContainText(/connected/i)
  await expect(page.getByTestId('data-age')).toContainText(/updated/)
  await expect(page.getByRole('heading', { name: 'Fleet overview' })).toBeVisible()
})

test('the fleet is the server’s read model, kept live by the stream without refetching it', async ({
  page,
}) => {
  test.setTimeout(45_000)
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname)
  })
  // Tall enough that the virtualized table draws every device of the demo.
  await page.setViewportSize({ width: 1600, height: 4000 })
  await page.goto('/?group=none')
  await expect(page.getByTestId('live-mode')).toHaveText('Live')
  const rows = page.getByRole('row').filter({ has: page.getByRole('rowheader') })
  await expect(rows.first()).toBeVisible()
  // Each row's "Last event" cell (what an event changes, unlike times in state, which tick).
  const headers = await page.getByRole('columnheader').allTextContents()
  const column = headers.findIndex((text) => /last event/i.test(text)) + 1
  expect(column).toBeGreaterThan(0)
  const lastEventCells = page.locator(`[role="row"][data-device-id] > :nth-child(${column})`)
  const lastEvents = async () => (await lastEventCells.allTextContents()).join('|')
  const before = await lastEvents()
  expect(before).toMatch(/Lock|Device|Access|Battery|Doorbell|Motion/)
  // The simulator keeps real-time pace: a device's last event changes within seconds.
  await expect.poll(lastEvents, { timeout: 30_000 }).not.toBe(before)
  // Changed by the stream's patches: the fleet was fetched once, the whole history never.
  expect(asked.filter((path) => path === '/api/fleet')).toEqual(['/api/fleet'])
  expect(asked).not.toContain('/api/event_log')
  expect(asked).not.toContain('/api/devices')
})

test('each account is a region with its devices, and names link to their pages', async ({
  page,
}) => {
  await page.goto('/')
  for (const name of [
    'Harbor View building (SmartThings)',
    HARBORLINE,
    'Harborline Stays (Google Nest)',
    'Pine Ridge Cabin (Minut)',
    'Riverside Lofts (Salto KS)',
  ]) {
    await expect(page.getByRole('region', { name })).toBeVisible()
  }
  const harborline = page.getByRole('region', { name: HARBORLINE })
  await expect(harborline.getByRole('link', { name: HARBORLINE })).toHaveAttribute(
    'href',
    /^\/accounts\/[^/]+$/,
  )
  const row = harborline
    .getByRole('row')
    .filter({ has: page.getByRole('link', { name: FRONT_DOOR, exact: true }) })
  await expect(row).toHaveCount(1)
  await expect(row.getByRole('meter', { name: 'Battery' })).toBeVisible()

  await row.getByRole('link', { name: FRONT_DOOR, exact: true }).click()
  await expect(page).toHaveURL(/\/devices\/[^/?]+$/)
})

test('typing in "Filter devices" narrows the rows and the URL keeps the filter', async ({
  page,
}) => {
  await page.goto('/')
  const deviceRows = page.getByRole('rowheader')
  await expect(deviceRows.first()).toBeVisible()
  const before = await deviceRows.count()
  expect(before).toBeGreaterThanOrEqual(40)

  const search = page.getByRole('searchbox', { name: 'Filter devices' })
  await search.fill('riverside')
  await expect(page).toHaveURL(/[?&]q=riverside(&|$)/)
  await expect.poll(() => deviceRows.count()).toBeLessThan(before)
  for (const name of await deviceRows.allTextContents()) expect(name).toMatch(/^Riverside Lofts/)
  // Only the matching account remains.
  await expect(page.getByRole('region', { name: HARBORLINE })).toHaveCount(0)

  await search.pressSequentially(' bike')
  await expect(page).toHaveURL(/[?&]q=riverside\+bike/)
  await expect(deviceRows).toHaveText(['Riverside Lofts – Bike room'])

  await page.reload()
  await expect(search).toHaveValue('riverside bike')
  await expect(deviceRows).toHaveText(['Riverside Lofts – Bike room'])

  // Property text from custom_metadata is searchable too.
  await search.fill('maple st 12 august')
  await expect(deviceRows.filter({ hasText: FRONT_DOOR })).toHaveCount(1)
  await expect(deviceRows.filter({ hasText: 'Riverside' })).toHaveCount(0)
})

test('a column header sorts the table, and the sort is in the URL', async ({ page }) => {
  // One table with an account column, as a large fleet shows it.
  await page.goto('/?group=none')
  const table = page.getByRole('table', { name: 'Devices' })
  await expect(table.getByRole('columnheader', { name: 'Account' })).toBeVisible()

  await table.getByRole('button', { name: 'Battery', exact: true }).click()
  await expect(page).toHaveURL(/[?&]sort=battery/)
  await expect(table.getByRole('columnheader', { name: 'Battery' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  )
  const levels = (): Promise<number[]> =>
    table
      .getByRole('meter', { name: 'Battery' })
      .evaluateAll((meters: { getAttribute(name: string): string | null }[]) =>
        meters.map((m) => Number(m.getAttribute('aria-valuenow'))),
      )
  const sorted = async (direction: 1 | -1) => {
    const values = await levels()
    return (
      values.length > 5 && values.every((v, i) => i === 0 || (v - values[i - 1]!) * direction >= 0)
    )
  }
  await expect.poll(() => sorted(1)).toBe(true)

  await table.getByRole('button', { name: 'Battery', exact: true }).click()
  await expect(page).toHaveURL(/[?&]sort=-battery/)
  await expect(table.getByRole('columnheader', { name: 'Battery' })).toHaveAttribute(
    'aria-sort',
    'descending',
  )
  await expect.poll(() => sorted(-1)).toBe(true)
})

test('a column can be hidden, and stays hidden after a reload', async ({ page }) => {
  await page.goto('/')
  const header = page.getByRole('columnheader', { name: 'Last lock action' })
  await expect(header.first()).toBeVisible()

  await page.getByText('Columns', { exact: true }).click()
  // Clicked, not uncheck(): the box follows the URL, which changes a moment after the click.
  await page.getByRole('checkbox', { name: 'Last lock action' }).click()
  await expect(page.getByRole('checkbox', { name: 'Last lock action' })).not.toBeChecked()
  await expect(header).toHaveCount(0)
  await expect(page).toHaveURL(/[?&]hide=lock/)

  await page.reload()
  await expect(page.getByRole('rowheader').first()).toBeVisible()
  await expect(header).toHaveCount(0)
})

test('live events keep arriving', async ({ page }) => {
  test.setTimeout(45_000)
  await page.goto('/')
  const count = page.getByTestId('fleet-event-count')
  await expect(count).toContainText('events in memory')
  const first = await count.textContent()
  // The simulator keeps real-time pace: at times several seconds pass between two events.
  await expect.poll(() => count.textContent(), { timeout: 25_000 }).not.toBe(first)
})
