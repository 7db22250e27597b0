// The wall screen: clock, data age and healthy counts; an upstream outage turns the whole screen
// stale, and it recovers by itself when data flows again.
import type { APIRequestContext } from '@playwright/test'
import { expect, test } from './fixtures'

// playwright.config.ts fixes the embedded fake Seam at E2E_PORT + 1000 so this spec can reach its
// /_fake routes. Those need no API key, only the workspace (EMBEDDED_WORKSPACE_ID in
// server/embedded/start-embedded-seam.ts, not imported: that would load the whole fake here).
const fakeSeam = `http://127.0.0.1:${Number(process.env.E2E_PORT ?? 8799) + 1000}`
const WORKSPACE_ID = 'doorboard_demo_workspace'
// The e2e server polls every second: stale after two polls, plus one health refresh (3 s) and slack.
const STALE_WITHIN_MS = 10_000
// After an outage the proxy's backoff may wait several seconds before its next poll.
const RECOVER_WITHIN_MS = 25_000

async function simulateOutage(request: APIRequestContext, routes: string[]): Promise<void> {
  const response = await request.post(`${fakeSeam}/_fake/simulate_workspace_outage`, {
    data: { workspace_id: WORKSPACE_ID, routes },
  })
  expect(response.status(), await response.text()).toBe(200)
}

test('the wall shows a clock, the data age and every account’s healthy count, without chrome', async ({
  page,
}) => {
  await page.goto('/wall')
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await expect(page.getByRole('region', { name: 'Clock' })).toHaveText(/\d\d:\d\d/)
  await expect(page.getByRole('region', { name: 'Data age' })).toContainText(/\d+ s old/)

  const accounts = page.getByRole('list', { name: 'Devices OK per account' }).getByRole('listitem')
  await expect(accounts).toHaveCount(5)
  await expect(accounts.filter({ hasText: 'Riverside Lofts' })).toContainText(/\d+ of 14 OK/)
  const totals = (await accounts.allTextContents()).map((text) => {
    const match = /(\d+) of (\d+) OK/.exec(text)
    expect(match, text).not.toBeNull()
    return { ok: Number(match?.[1]), all: Number(match?.[2]) }
  })
  expect(totals.reduce((sum, account) => sum + account.all, 0)).toBe(40)
  const ok = totals.reduce((sum, account) => sum + account.ok, 0)
  await expect(page.getByText(new RegExp(`${ok} of 40 devices OK`))).toBeVisible()
})

test('the wall reads the server’s read models over the live stream, never the event history', async ({
  page,
}) => {
  const asked: string[] = []
  page.on('request', (request) => {
    const url = new URL(request.url())
    if (url.pathname.startsWith('/api/')) asked.push(url.pathname)
  })
  await page.goto('/wall')
  await expect(page.getByRole('list', { name: 'Devices OK per account' })).toBeVisible()
  // The stream says so on screen: the data age reads "live", not "polling".
  await expect(page.getByRole('region', { name: 'Data age' })).toContainText('Data · live')
  expect(new Set(asked)).toEqual(new Set(['/api/health', '/api/stream', '/api/fleet', '/api/alerts']))
})

test('?kiosk hides the header of any view', async ({ page }) => {
  // A page no other view's state can break: the layout alone decides about the header.
  await page.goto('/no-such-page')
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  await page.goto('/no-such-page?kiosk')
  await expect(page.getByRole('main')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()
})

test('an outage of Seam turns the wall stale, and it recovers by itself', async ({
  page,
  request,
}) => {
  test.setTimeout(50_000)
  await page.goto('/wall')
  const stale = page.getByRole('alert', { name: 'Data is stale' })
  await expect(page.getByRole('list', { name: 'Devices OK per account' })).toBeVisible()
  await expect(stale).toHaveCount(0)

  await simulateOutage(request, ['/events/list'])
  try {
    await expect(stale).toBeVisible({ timeout: STALE_WITHIN_MS })
    await expect(stale).toContainText('No fresh data from the embedded fake Seam')
    await expect(stale).toContainText('HTTP 503')
    await expect(stale).toContainText(/Last data at \d\d:\d\d, \d+ s ago/)
    await expect(page.getByRole('region', { name: 'Data age' })).toContainText('Data is stale')
    // The lists are gone: nothing on screen may pass for current.
    await expect(page.getByRole('list', { name: 'Devices OK per account' })).toHaveCount(0)
  } finally {
    await simulateOutage(request, [])
  }

  await expect(stale).toHaveCount(0, { timeout: RECOVER_WITHIN_MS })
  await expect(page.getByRole('list', { name: 'Devices OK per account' })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Data age' })).not.toContainText('stale')
})
