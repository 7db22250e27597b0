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

  // A link to the server's CSV of the same filter: the browser downloads what the server streams.
  const exportButton = page.getByRole('link', { name: /^Export [\d,]+ as CSV$/ })
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

  // The same events, in the same order, as the explorer's pages of this filter hold.
  const filtered: string[] = []
  let next: string | null = null
  do {
    const cursor: string = next === null ? '' : `&before=${encodeURIComponent(next)}`
    const response = await page.request.get(
      `/api/events?category=lock&to=${encodeURIComponent(to)}&limit=1000${cursor}`,
    )
    expect(response.status()).toBe(200)
    const body = (await response.json()) as { events: { event_id: string }[]; next: string | null }
    filtered.push(...body.events.map((event) => event.event_id))
    next = body.next
  } while (next !== null)
  const csvIds = lines.slice(1).map((line) => line.split(',')[2])
  expect(csvIds).toEqual(filtered)
})

test('unknown and invalid events are listed and can be filtered', async ({ page }) => {
  // Seam may add types, and a payload may be malformed; the fake sends neither, so add them.
  const at = new Date(Date.now() - 5 * 60_000).toISOString()
  const injected = [
    {
      status: 'unknown',
      event: {
        event_id: 'e2e-unknown',
        event_type: 'lock.teleported',
        created_at: at,
        occurred_at: at,
      },
    },
    {
      status: 'invalid',
      event: {
        event_id: 'e2e-invalid',
        event_type: 'device.low_battery',
        device_id: 'nowhere',
        battery_level: 7,
        created_at: at,
        occurred_at: at,
      },
    },
  ]
  // The server filters in its database, so the injected events join the answers they would match:
  // those asking only for a parse status (or nothing), on the first page, newest first.
  const matching = (url: URL) => {
    const asked = [...url.searchParams.keys()].filter((key) => key !== 'limit')
    if (asked.some((key) => key !== 'status')) return []
    const statuses = url.searchParams.get('status')?.split(',') ?? []
    return injected.filter(({ status }) => statuses.length === 0 || statuses.includes(status))
  }
  await page.route(
    (url) => url.pathname === '/api/events',
    async (route) => {
      const response = await route.fetch()
      const url = new URL(route.request().url())
      if (url.searchParams.has('before')) return route.fulfill({ response })
      const body = (await response.json()) as { events: { occurred_at?: string }[] }
      body.events.push(...matching(url).map(({ event }) => event))
      body.events.sort((a, b) => (b.occurred_at ?? '').localeCompare(a.occurred_at ?? ''))
      await route.fulfill({ response, json: body })
    },
  )
  await page.route(
    (url) => url.pathname === '/api/events/count',
    async (route) => {
      const response = await route.fetch()
      const body = (await response.json()) as { count: number; total: number }
      body.count += matching(new URL(route.request().url())).length
      body.total += injected.length
      await route.fulfill({ response, json: body })
    },
  )
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

test('the explorer asks the server for pages, never for the whole history or inventory', async ({
  page,
}) => {
  const asked: URL[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) asked.push(url)
  })
  const eventPages = () => asked.filter((url) => url.pathname === '/api/events')
  await page.goto('/events')
  await expect(rows(page).first()).toBeVisible()
  const first = eventPages()[0]
  expect(first?.searchParams.get('limit')).toBe('200')
  expect(first?.searchParams.has('before')).toBe(false)

  // Going to the end of the loaded rows (End, as a keyboard reader would) asks for the next page,
  // after the first one's cursor; End again reaches the second page's rows.
  const nextPages = () => eventPages().filter((url) => url.searchParams.has('before'))
  expect(nextPages()).toEqual([])
  await rowButton(page, 0).focus()
  await page.keyboard.press('End')
  await expect.poll(() => nextPages().length).toBeGreaterThan(0)
  await expect
    .poll(async () => {
      await page.keyboard.press('End')
      const focused = page.locator('[role="listitem"]:has(:focus)')
      return Number(await focused.getAttribute('aria-posinset'))
    })
    .toBeGreaterThan(200)
  await expect(page.getByText(/^Showing [\d,]+ of [\d,]+ events/)).toBeVisible()

  await page.getByRole('group', { name: 'Category' }).getByRole('button', { name: 'Lock' }).click()
  await expect(page).toHaveURL(/[?&]category=lock(&|$)/)
  await expect
    .poll(() =>
      eventPages().some(
        (url) =>
          url.searchParams.get('category') === 'lock' &&
          url.searchParams.get('limit') === '200' &&
          !url.searchParams.has('before'),
      ),
    )
    .toBe(true)
  await expect
    .poll(() =>
      asked.some(
        (url) =>
          url.pathname === '/api/events/count' && url.searchParams.get('category') === 'lock',
      ),
    )
    .toBe(true)
  await expect(rows(page).first()).toContainText('lock.')
  for (const text of await rows(page).allInnerTexts()) expect(text).toMatch(/lock\./)

  const never = ['/api/event_log', '/api/devices', '/api/connected_accounts']
  expect(asked.filter((url) => never.includes(url.pathname)).map((url) => url.pathname)).toEqual([])
})
