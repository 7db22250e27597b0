import { describe, expect, it } from 'vitest'
import {
  connectedAccountDisplayName,
  connectedAccountProvider,
  parseConnectedAccount,
} from './connected-account-schema'
import type { ConnectedAccount } from './connected-account-schema'

// As the fake Seam returns it from /connected_accounts/list.
const fakeJohn = {
  connected_account_id: 'john_connected_account_id',
  provider: 'august',
  workspace_id: 'seed_workspace_1',
  created_at: '2026-11-22T22:51:58.923Z',
  user_identifier: { email: 'john@example.com' },
  display_name: 'john@example.com',
  account_type_display_name: 'Unknown',
  automatically_manage_new_devices: true,
  custom_metadata: {},
  bridge_id: null,
  accepted_capabilities: [],
}

function parsed(raw: unknown): ConnectedAccount {
  const result = parseConnectedAccount(raw)
  if (!result.ok) throw new Error(result.reason)
  return result.value
}

describe('parseConnectedAccount', () => {
  it('accepts an account of the fake Seam, keeping unknown keys', () => {
    const account = parsed(fakeJohn)
    expect(account.connected_account_id).toBe('john_connected_account_id')
    expect(account.errors).toEqual([])
    expect(account).toMatchObject({ bridge_id: null, accepted_capabilities: [] })
  })

  it('keeps account errors', () => {
    const account = parsed({
      ...fakeJohn,
      errors: [{ error_code: 'account_disconnected', message: 'Sign in again' }],
    })
    expect(account.errors[0]).toEqual({
      error_code: 'account_disconnected',
      message: 'Sign in again',
    })
  })

  it('rejects malformed accounts with a reason', () => {
    expect(parseConnectedAccount({ ...fakeJohn, errors: 'none' })).toEqual({
      ok: false,
      reason: 'connected account john_connected_account_id: errors must be an array, got "none"',
    })
    expect(parseConnectedAccount('john')).toEqual({
      ok: false,
      reason: 'connected account must be an object, got "john"',
    })
    expect(parseConnectedAccount({ provider: 'august' })).toEqual({
      ok: false,
      reason: 'connected account: connected_account_id is missing',
    })
  })
})

describe('connectedAccountDisplayName', () => {
  it('falls back from display name to login to id', () => {
    expect(connectedAccountDisplayName(parsed(fakeJohn))).toBe('john@example.com')
    expect(
      connectedAccountDisplayName(
        parsed({ connected_account_id: 'a1', user_identifier: { username: 'jdoe' } }),
      ),
    ).toBe('jdoe')
    expect(connectedAccountDisplayName(parsed({ connected_account_id: 'a1' }))).toBe('a1')
  })
})

describe('connectedAccountProvider', () => {
  it('reads provider, account_type or connected_account_type', () => {
    expect(connectedAccountProvider(parsed(fakeJohn))).toBe('august')
    expect(
      connectedAccountProvider(parsed({ connected_account_id: 'a', account_type: 'nuki' })),
    ).toBe('nuki')
    expect(connectedAccountProvider(parsed({ connected_account_id: 'a' }))).toBeUndefined()
  })
})
