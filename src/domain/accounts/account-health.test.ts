import { describe, expect, it } from 'vitest'
import { MINUTE, seamEvent, T0 } from '../timelines/event-fixtures'
import { accountHealth } from './account-health'
import { parseConnectedAccount, type ConnectedAccount } from './connected-account-schema'

function testAccount(accountId: string, fields: Record<string, unknown> = {}): ConnectedAccount {
  const parsed = parseConnectedAccount({
    connected_account_id: accountId,
    display_name: accountId,
    ...fields,
  })
  if (!parsed.ok) throw new Error(parsed.reason)
  return parsed.value
}

const a = { accountId: 'acct_a' }
const newestFirst = <T extends { occurredAt: number }>(list: T[]) =>
  [...list].sort((x, y) => y.occurredAt - x.occurredAt)

describe('accountHealth', () => {
  it('is fine with no errors and no troubling event, since the last connection', () => {
    const events = [seamEvent('connected_account.connected', { id: 'c', at: T0 + MINUTE, ...a })]
    expect(accountHealth(testAccount('acct_a'), events, Infinity)).toEqual({
      level: 'ok',
      text: 'Connected',
      since: T0 + MINUTE,
    })
    expect(accountHealth(testAccount('acct_a'), [], Infinity)).toEqual({
      level: 'ok',
      text: 'Connected',
    })
  })

  it('is an error from the disconnection on, and fine again once reconnected', () => {
    const down = seamEvent('connected_account.disconnected', { id: 'd', at: T0 + 2 * MINUTE, ...a })
    const up = seamEvent('connected_account.connected', { id: 'u', at: T0 + 3 * MINUTE, ...a })
    const health = accountHealth(testAccount('acct_a'), [down], Infinity)
    expect(health.level).toBe('error')
    expect(health.since).toBe(T0 + 2 * MINUTE)
    expect(accountHealth(testAccount('acct_a'), newestFirst([down, up]), Infinity).level).toBe('ok')
    // Replaying a moment between the two.
    expect(accountHealth(testAccount('acct_a'), newestFirst([down, up]), T0 + 150_000).level).toBe(
      'error',
    )
  })

  it('asks for reauthorization as a warning', () => {
    const events = [
      seamEvent('connected_account.reauthorization_requested', { id: 'r', at: T0, ...a }),
    ]
    expect(accountHealth(testAccount('acct_a'), events, Infinity)).toEqual({
      level: 'warning',
      text: 'Needs reauthorization',
      since: T0,
    })
  })

  it("reports Seam's error or warning on the account when no event says otherwise", () => {
    const broken = testAccount('acct_a', {
      errors: [{ error_code: 'account_disconnected', message: 'Account is disconnected.' }],
    })
    const warned = testAccount('acct_b', {
      warnings: [{ warning_code: 'scheduled_maintenance_window' }],
    })
    expect(accountHealth(broken, [], Infinity)).toEqual({
      level: 'error',
      text: 'Account is disconnected.',
    })
    expect(accountHealth(warned, [], Infinity)).toEqual({
      level: 'warning',
      text: 'Scheduled maintenance window',
    })
  })

  it('says so when the account is known only from events, and when it was deleted', () => {
    expect(accountHealth(undefined, [], Infinity).text).toBe('Not in Seam’s account list')
    const deleted = [seamEvent('connected_account.deleted', { id: 'x', at: T0, ...a })]
    expect(accountHealth(undefined, deleted, Infinity)).toEqual({
      level: 'error',
      text: 'Deleted from Seam',
      since: T0,
    })
  })
})
