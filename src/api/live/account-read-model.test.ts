import { describe, expect, it } from 'vitest'
import { accountQuery, accountReadModelSchema, fetchAccount } from './account-read-model'
import { ACCOUNT_ANSWER } from './subject-answer-fixtures'

const ms = (iso: string) => Date.parse(iso)

describe('accountReadModelSchema', () => {
  const model = accountReadModelSchema.parse(ACCOUNT_ANSWER)

  it('reads the roll-up, the inventory, the range and the state', () => {
    expect(model.rollup).toMatchObject({ name: 'Harborline Stays (Google Nest)', devices: 6 })
    expect(model.rollup.health.since).toBe(ms('2026-12-07T11:09:45.092Z'))
    expect(model.inventory?.errors).toEqual([])
    expect(model.range.to).toBe(ms('2026-12-07T23:09:53.528Z'))
    expect(model.state).toBe('connected')
  })

  it('reads the timeline with its issues, oldest first, and the failed logins', () => {
    const last = model.timeline.at(-1)
    expect(last).toEqual({
      state: 'connected',
      from: ms('2026-12-07T11:09:45.092Z'),
      to: ms('2026-12-07T23:09:53.528Z'),
      cause: { eventId: '6d032424-bdc8-477c-93bd-71dbb5f814a6', type: '' },
    })
    expect(model.timeline.at(-2)?.issues).toEqual([
      {
        code: 'account_disconnected',
        message: 'Seam lost access to the account: its owner must sign in again.',
      },
    ])
    expect(model.loginFailures).toEqual([
      {
        at: ms('2026-12-05T08:47:00.720Z'),
        eventId: '2b63c4b0-4793-45ae-a39e-99a12d3f7dc3',
        connectWebviewId: '99603aa4-fda7-48b0-8d1f-72119e27cccf',
      },
    ])
  })

  it('reads the device rows, the events and the alerts', () => {
    expect(model.devices.map((row) => row.name)).toEqual([
      'Birch Ave 7 – Backyard camera',
      'Birch Ave 7 – Doorbell',
    ])
    expect(model.events.map((event) => event.type)).toEqual([
      'connected_account.completed_first_sync_after_reconnection',
      'connected_account.connected',
    ])
    expect(model.alerts[0]).toMatchObject({
      rule: 'account_disconnected',
      resolvedAt: ms('2026-12-07T11:09:45.092Z'),
      resolvedBy: { type: 'connected_account.successful_login', why: 'account signed in again' },
    })
  })

  it('reads an account known only from events (no inventory, state unknown)', () => {
    const unlisted = accountReadModelSchema.parse({
      ...ACCOUNT_ANSWER,
      inventory: null,
      state: 'unknown',
      timeline: [],
    })
    expect(unlisted.inventory).toBeNull()
    expect(unlisted.state).toBe('unknown')
  })
})

describe('fetchAccount and accountQuery', () => {
  it('asks for the range, the id encoded, and keys on the change marker', async () => {
    const asked: string[] = []
    const fetch = (input: string) => {
      asked.push(input)
      return Promise.resolve(new Response(JSON.stringify(ACCOUNT_ANSWER)))
    }
    await fetchAccount({ accountId: 'a b', from: ms('2026-12-01T00:00:00Z') }, { fetch })
    expect(asked).toEqual(['/api/connected_accounts/a%20b?from=2026-12-01T00%3A00%3A00.000Z'])
    expect(accountQuery({ accountId: 'a', from: 7 }, 'k', 5_000).queryKey).toEqual([
      'live',
      'account',
      'a',
      7,
      'k',
    ])
  })

  it('says which account is unknown on a 404', async () => {
    const fetch = () =>
      Promise.resolve(
        new Response(JSON.stringify({ error: 'not_found', message: 'No connected account x' }), {
          status: 404,
        }),
      )
    await expect(fetchAccount({ accountId: 'x', from: 0 }, { fetch })).rejects.toMatchObject({
      status: 404,
    })
  })
})
