import { describe, expect, it } from 'vitest'
import { fleetSchema, fleetRowSchema } from './fleet-read-model'
import { accountChangeKey, deviceChangeKey, fleetRowStatus } from './fleet-row-status'
import { ACCOUNT_ANSWER, DEVICE_ANSWER } from './subject-answer-fixtures'

const row = fleetRowSchema.parse(DEVICE_ANSWER.device)

describe('fleetRowStatus', () => {
  it('reads an offline lock in the domain words, leaving out what is not known', () => {
    const status = fleetRowStatus(
      fleetRowSchema.parse({
        ...DEVICE_ANSWER.device,
        connectivity: { state: 'offline', reason: 'hub_disconnected', since: null },
        battery: { level: null, status: 'low', at: '2026-12-07T10:00:00.000Z' },
        lock: { state: 'locked', method: 'keycode', at: '2026-12-07T10:00:00.000Z' },
        last_event: null,
      }),
    )
    expect(status).toEqual({
      connectivity: { state: 'offline', reason: 'hub_disconnected' },
      battery: { status: 'low', at: Date.parse('2026-12-07T10:00:00.000Z') },
      lock: { state: 'locked', method: 'keycode', at: Date.parse('2026-12-07T10:00:00.000Z') },
    })
  })

  it('reads a word it does not know as unknown', () => {
    const status = fleetRowStatus({
      ...row,
      connectivity: { state: 'offline', reason: 'bridge_gone', since: null },
      lock: { state: 'unlocked', method: 'telepathy', at: null },
    })
    expect(status.connectivity.reason).toBe('unknown')
    expect(status.lock.method).toBe('unknown')
  })
})

describe('change keys', () => {
  it("change with the device's last event, connectivity and alert count", () => {
    const key = deviceChangeKey(row)
    expect(deviceChangeKey({ ...row })).toBe(key)
    expect(deviceChangeKey({ ...row, open_alerts: { count: 1, severity: 'warning' } })).not.toBe(
      key,
    )
    expect(
      deviceChangeKey({ ...row, last_event: { ...row.last_event!, event_id: 'next' } }),
    ).not.toBe(key)
    expect(deviceChangeKey(undefined)).toBe('')
  })

  it("change for an account with its roll-up and any of its devices' rows, not another's", () => {
    const devices = ACCOUNT_ANSWER.devices
    const fleet = (rows: unknown[]) =>
      fleetSchema.parse({
        version: 1,
        devices: rows,
        accounts: [ACCOUNT_ANSWER.account],
        totals: { ...ACCOUNT_ANSWER.account, accounts: 1 },
      })
    const id = ACCOUNT_ANSWER.account.connected_account_id
    const other = { ...DEVICE_ANSWER.device, device_id: 'x', connected_account_id: 'other' }
    const key = accountChangeKey(fleet([...devices, other]), id)
    expect(key).not.toBe('')
    const otherChanged = { ...other, last_event: null }
    expect(accountChangeKey(fleet([...devices, otherChanged]), id)).toBe(key)
    const mineChanged = {
      ...devices[0],
      connectivity: { state: 'offline', reason: null, since: null },
    }
    expect(accountChangeKey(fleet([mineChanged, devices[1], other]), id)).not.toBe(key)
    expect(accountChangeKey(undefined, id)).toBe('')
  })
})
