import { describe, expect, it } from 'vitest'
import { eventAccountName, eventDeviceName } from '../../domain/events/event-names'
import { parseSeamEvent } from '../../domain/events/parse-event'
import { fleetNameBook } from './fleet-name-book'
import type { FleetReadModel } from './fleet-read-model'

// Only the fields the name book reads; the rest of a row does not matter here.
const fleet = {
  devices: [
    { device_id: 'dev_1', name: 'Front door', connected_account_id: 'acct_1' },
    { device_id: 'dev_2', name: 'Back gate', connected_account_id: null },
  ],
  accounts: [{ connected_account_id: 'acct_1', name: 'Harbour Flats' }],
} as unknown as FleetReadModel

describe('fleetNameBook', () => {
  it('names devices and accounts, and knows each device’s account', () => {
    const names = fleetNameBook(fleet)
    expect([...names.deviceNames]).toEqual([
      ['dev_1', 'Front door'],
      ['dev_2', 'Back gate'],
    ])
    expect([...names.accountNames]).toEqual([['acct_1', 'Harbour Flats']])
    expect([...names.deviceAccounts]).toEqual([['dev_1', 'acct_1']])
    // An event without an account of its own gets its device's account name.
    const event = parseSeamEvent({
      event_id: 'e',
      event_type: 'lock.locked',
      device_id: 'dev_1',
      created_at: '2026-12-03T10:00:00.000Z',
      occurred_at: '2026-12-03T10:00:00.000Z',
    })
    expect(eventDeviceName(event, names)).toBe('Front door')
    expect(eventAccountName(event, names)).toBe('Harbour Flats')
  })

  it('is empty before the fleet arrives', () => {
    const names = fleetNameBook(undefined)
    expect(names.deviceNames.size + names.accountNames.size + names.deviceAccounts.size).toBe(0)
  })
})
