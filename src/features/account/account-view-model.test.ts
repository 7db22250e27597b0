import { describe, expect, it } from 'vitest'
import { accountReadModelSchema } from '../../api/live/account-read-model'
import { ACCOUNT_ANSWER } from '../../api/live/subject-answer-fixtures'
import { accountViewOf, historyBand } from './account-view-model'

const ms = (iso: string) => Date.parse(iso)
const model = accountReadModelSchema.parse(ACCOUNT_ANSWER)
const END = ms(ACCOUNT_ANSWER.range.to)
const WEEK = 7 * 86_400_000
const window = { from: END - WEEK, to: END }

describe('accountViewOf', () => {
  const view = accountViewOf(model, window, END)

  it('names the account and its provider from the roll-up, its state from the server', () => {
    expect(view).toMatchObject({
      id: '16db96ee-58b0-8682-8eff-6e5b67d7897a',
      name: 'Harborline Stays (Google Nest)',
      provider: 'Google Nest',
      state: 'connected',
      removed: false,
      issues: [],
    })
  })

  it('gives the status history newest first, the ongoing spell without an end', () => {
    expect(view.history[0]).toMatchObject({
      state: 'connected',
      from: ms('2026-12-07T11:09:45.092Z'),
      to: null,
    })
    expect(view.history[1]).toMatchObject({
      state: 'disconnected',
      to: ms('2026-12-07T11:09:45.092Z'),
      issues: [
        {
          code: 'account_disconnected',
          message: 'Seam lost access to the account: its owner must sign in again.',
        },
      ],
    })
    // A later clock carries the ongoing spell to it.
    const later = accountViewOf(
      model,
      { from: window.from + 60_000, to: END + 60_000 },
      END + 60_000,
    )
    expect(later.band.at(-1)?.to).toBe(END + 60_000)
  })

  it('lists the devices as the server ordered them, with their state and alert counts', () => {
    expect(view.devices.map((d) => [d.name, d.kind, d.removed])).toEqual([
      ['Birch Ave 7 – Backyard camera', 'Nest camera', false],
      ['Birch Ave 7 – Doorbell', 'Nest doorbell', false],
    ])
    expect(view.devices[0]?.status.connectivity.state).toBe('online')
    expect(view.devices[0]?.openAlerts).toBe(0)
  })

  it('keeps the failed logins newest first and only open account alerts', () => {
    expect(view.loginFailures.map((f) => f.eventId)).toEqual([
      '2b63c4b0-4793-45ae-a39e-99a12d3f7dc3',
    ])
    // The fixture's only account alert was resolved when the account signed in again.
    expect(view.alerts).toEqual([])
    const open = accountReadModelSchema.parse({
      ...ACCOUNT_ANSWER,
      alerts: ACCOUNT_ANSWER.alerts.slice(0, 1).map((alert) => ({
        ...alert,
        resolved_at: null,
        resolved_by: null,
      })),
    })
    expect(accountViewOf(open, window, END).alerts.map((a) => a.rule)).toEqual([
      'account_disconnected',
    ])
  })

  it("says Seam's current issues, and that an unlisted account is drawn from its events", () => {
    const troubled = accountReadModelSchema.parse({
      ...ACCOUNT_ANSWER,
      account: { ...ACCOUNT_ANSWER.account, listed: false },
      inventory: {
        ...ACCOUNT_ANSWER.inventory,
        errors: [{ error_code: 'account_disconnected', message: 'Sign in again' }],
        warnings: [{ warning_code: 'being_deleted' }],
      },
    })
    const troubledView = accountViewOf(troubled, window, END)
    expect(troubledView.issues).toEqual(['Sign in again', 'being_deleted'])
    expect(troubledView.removed).toBe(true)
  })
})

describe('historyBand', () => {
  it('positions each spell across the window and ends the ongoing one now', () => {
    const HOUR = 3_600_000
    const band = historyBand(
      [
        { state: 'connected', from: 0, to: 3 * HOUR },
        { state: 'reauthorization_requested', from: 3 * HOUR, to: 4 * HOUR },
        { state: 'disconnected', from: 4 * HOUR, to: null },
      ],
      { from: 2 * HOUR, to: 8 * HOUR },
      6 * HOUR,
    )
    expect(band.map((span) => [span.state, span.left, span.width])).toEqual([
      ['connected', 0, 1 / 6],
      ['reauthorization_requested', 1 / 6, 1 / 6],
      ['disconnected', 2 / 6, 2 / 6],
    ])
  })
})
