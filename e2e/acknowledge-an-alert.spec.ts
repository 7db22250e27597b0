// A person acknowledges an open alert with their name and a note; it stays acknowledged after a
// reload and another browser sees it too (the proxy keeps the state, not the browser).
import { expect, test } from './fixtures'
import type { Locator, Page } from '@playwright/test'

const NAME = 'Robin E2E'
const NOTE = 'Technician booked for this afternoon'

/** An open alert unlikely to resolve during the test: tampering and outside changes last hours. */
async function pickOpenAlert(page: Page): Promise<string> {
  const open = page.getByRole('tabpanel').getByRole('article')
  await expect(open.first()).toBeVisible({ timeout: 20_000 })
  const lasting = open.filter({ hasText: /Cause: (Tampering|Changed outside Seam)/ })
  const chosen = (await lasting.count()) > 0 ? lasting.first() : open.first()
  const id = await chosen.getAttribute('data-alert-id')
  expect(id).toBeTruthy()
  return id!
}

function alertCard(page: Page, id: string): Locator {
  return page.locator(`article[data-alert-id="${id.replace(/["\\]/g, '\\$&')}"]`)
}

test('acknowledge an open alert; it stays acknowledged after a reload and in another browser', async ({
  page,
  browser,
}) => {
  await page.goto('/alerts')
  await expect(page.getByRole('heading', { level: 1, name: 'Alerts' })).toBeVisible()
  await expect(page.getByRole('tab', { name: /Open/ })).toHaveAttribute('aria-selected', 'true')
  const id = await pickOpenAlert(page)
  const card = alertCard(page, id)

  await card.getByRole('button', { name: 'Acknowledge' }).click()
  // First time in this browser: the name is asked.
  await card.getByLabel('Your name').fill(NAME)
  await card.getByLabel(/Note/).fill(NOTE)
  await card.getByRole('button', { name: 'Save acknowledgement' }).click()
  await expect(card).toBeHidden()

  await page.getByRole('tab', { name: /Acknowledged/ }).click()
  await expect(card).toContainText(`Acknowledged by ${NAME}`)
  await expect(card).toContainText(NOTE)

  await page.reload()
  await expect(card).toContainText(`Acknowledged by ${NAME}`, { timeout: 15_000 })
  await expect(card).toContainText(NOTE)

  // The name is remembered: the next acknowledgement does not ask again.
  await page.getByRole('tab', { name: /Open/ }).click()
  const other = page.getByRole('tabpanel').getByRole('article').first()
  await other.getByRole('button', { name: 'Acknowledge' }).click()
  await expect(other.getByText(`As ${NAME}`)).toBeVisible()
  await expect(other.getByLabel('Your name')).toHaveCount(0)
  await other.getByRole('button', { name: 'Cancel' }).click()

  const secondContext = await browser.newContext()
  try {
    const second = await secondContext.newPage()
    const errors: string[] = []
    second.on('pageerror', (error) => errors.push(error.message))
    second.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text())
    })
    await second.goto('/alerts?list=acknowledged')
    const seen = alertCard(second, id)
    await expect(seen).toContainText(`Acknowledged by ${NAME}`, { timeout: 15_000 })
    await expect(seen).toContainText(NOTE)

    // Undo there; the first browser sees the alert open again within a few seconds.
    await seen.getByRole('button', { name: 'Undo acknowledgement' }).click()
    await expect(seen).toBeHidden()
    await expect(page.getByRole('tab', { name: /Open/ })).toHaveAttribute('aria-selected', 'true')
    await expect(card).toBeVisible({ timeout: 10_000 })
    await expect(card).not.toContainText('Acknowledged by')
    expect(errors).toEqual([])
  } finally {
    await secondContext.close()
  }
})
