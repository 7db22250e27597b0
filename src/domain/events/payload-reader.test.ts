import { describe, expect, it } from 'vitest'
import { EVENT_PAYLOAD_FIELDS, EVENT_PAYLOAD_SCHEMAS } from './event-schemas'
import { KNOWN_EVENT_TYPES } from './event-types'
import { readPayloadDetails } from './payload-reader'
import { SEED_EXAMPLES } from './seed-examples'

// Values that probe every rule: types, emptiness, ranges, enums, nested issue shapes.
const PROBES: readonly unknown[] = [
  undefined,
  null,
  '',
  'x',
  'keycode',
  'critical',
  'hub_disconnected',
  'human',
  0,
  1,
  0.5,
  -0.1,
  1.0001,
  42,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  true,
  {},
  [],
  [{}],
  [{ error_code: 'account_disconnected', message: 'Sign in again' }],
  [{ warning_code: 'w' }],
  [{ error_code: 5 }],
  [{ message: null }],
  [null],
  ['text'],
  [[]],
]

describe('readPayloadDetails', () => {
  it('accepts and rejects exactly what the zod schema built from the same fields does', () => {
    let checked = 0
    for (const type of KNOWN_EVENT_TYPES) {
      const schema = EVENT_PAYLOAD_SCHEMAS[type]
      const fields = EVENT_PAYLOAD_FIELDS[type]
      expect(schema === null).toBe(fields.length === 0)
      if (schema === null) continue
      for (const field of fields) {
        for (const probe of PROBES) {
          const payload: Record<string, unknown> = { ...SEED_EXAMPLES[type], [field.key]: probe }
          const fast = readPayloadDetails(payload, fields) !== undefined
          expect(fast, `${type} ${field.key}=${JSON.stringify(probe)}`).toBe(
            schema.safeParse(payload).success,
          )
          checked++
        }
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('folds undocumented enum values into unknown, keeping the raw disconnect code', () => {
    const fields = EVENT_PAYLOAD_FIELDS['device.disconnected']
    expect(readPayloadDetails({ error_code: 'bridge_disconnected' }, fields)).toEqual({
      disconnectReason: 'unknown',
      rawDisconnectCode: 'bridge_disconnected',
    })
    expect(readPayloadDetails({ method: 'face_id' }, EVENT_PAYLOAD_FIELDS['lock.locked'])).toEqual({
      lockMethod: 'unknown',
    })
  })

  it('reads issue lists down to code and message', () => {
    const details = readPayloadDetails(
      {
        connected_account_errors: [
          { error_code: 'account_disconnected', message: 'Sign in again', created_at: 'x' },
          { warning_code: 'scheduled_maintenance_window' },
          {},
        ],
      },
      EVENT_PAYLOAD_FIELDS['connected_account.disconnected'],
    )
    expect(details).toEqual({
      accountErrors: [
        { code: 'account_disconnected', message: 'Sign in again' },
        { code: 'scheduled_maintenance_window' },
        { code: 'unknown' },
      ],
    })
  })

  it('never copies the PIN', () => {
    const details = readPayloadDetails(
      SEED_EXAMPLES['access_code.set_on_device'],
      EVENT_PAYLOAD_FIELDS['access_code.set_on_device'],
    )
    expect(details).toEqual({ accessCodeId: '00000000-0000-0000-0000-000000000000' })
  })
})
