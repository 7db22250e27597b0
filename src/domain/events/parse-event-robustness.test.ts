// parseSeamEvent against the zod envelope, random junk and inputs JSON cannot produce.
import { describe, expect, it } from 'vitest'
import { seamEventEnvelopeSchema } from './event-schemas'
import { KNOWN_EVENT_TYPES } from './event-types'
import { parseSeamEvent } from './parse-event'
import { SEED_EXAMPLES } from './seed-examples'

// What the fake Seam really sends: non-UUID ids and an extra event_description field.
const fakeUnlock = {
  event_id: 'event2',
  created_at: '2026-11-22T22:51:58.983Z',
  occurred_at: '2026-11-22T22:51:58.983Z',
  event_description: 'A lock device was unlocked.',
  event_type: 'lock.unlocked',
  workspace_id: 'seed_workspace_1',
  device_id: 'august_device_1',
  connected_account_id: 'john_connected_account_id',
}

function withChanges(base: object, changes: Record<string, unknown>): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...base, ...changes }
  for (const [key, value] of Object.entries(changes)) if (value === undefined) delete copy[key]
  return copy
}

describe('the hand-written envelope check', () => {
  const cases: unknown[] = [
    fakeUnlock,
    ...Object.values(SEED_EXAMPLES),
    withChanges(fakeUnlock, { event_id: '' }),
    withChanges(fakeUnlock, { event_id: undefined }),
    withChanges(fakeUnlock, { event_type: 5 }),
    withChanges(fakeUnlock, { created_at: '2025-02-30T00:00:00Z' }),
    withChanges(fakeUnlock, { occurred_at: '2025-01-01T00:00:00+02:00' }),
    withChanges(fakeUnlock, { workspace_id: null }),
    withChanges(fakeUnlock, { workspace_id: 3 }),
    withChanges(fakeUnlock, { connected_account_id: '' }),
    withChanges(fakeUnlock, { customer_key: 1 }),
    withChanges(fakeUnlock, { customer_key: null }),
    withChanges(fakeUnlock, { device_custom_metadata: 'x' }),
    withChanges(fakeUnlock, { connected_account_custom_metadata: null }),
    withChanges(fakeUnlock, { event_type: 'device.foo_bar' }),
  ]

  it.each(cases.map((raw, index) => [index, raw]))(
    'agrees with the zod envelope (case %i)',
    (_, raw) => {
      const envelopeOk = seamEventEnvelopeSchema.safeParse(raw).success
      const event = parseSeamEvent(raw)
      // Types with a subject id or payload add their own rules; compare on the envelope alone.
      const envelopeProblem =
        event.status === 'invalid' &&
        !/^(device_id|connected_account_id) is missing$/.test(event.reason ?? '')
      expect(!envelopeProblem).toBe(envelopeOk)
    },
  )
})

describe('parseSeamEvent never throws', () => {
  // A small deterministic generator, so a failure can be replayed.
  function random(seed: number) {
    let state = seed >>> 0
    return () => {
      state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0
      return state / 2 ** 32
    }
  }

  function junk(next: () => number, depth: number): unknown {
    const pick = Math.floor(next() * 12)
    switch (pick) {
      case 0:
        return null
      case 1:
        return undefined
      case 2:
        return next() * 4 - 2
      case 3:
        return ['', 'x', '2025-01-01T00:00:00.000Z', 'lock.locked', 'keycode'][
          Math.floor(next() * 5)
        ]
      case 4:
        return next() > 0.5
      case 5:
        return Number.NaN
      case 6:
        return KNOWN_EVENT_TYPES[Math.floor(next() * KNOWN_EVENT_TYPES.length)]
      case 7:
        return depth > 2 ? {} : [junk(next, depth + 1), junk(next, depth + 1)]
      default: {
        if (depth > 2) return 'deep'
        const object: Record<string, unknown> = {}
        const keys = ['event_id', 'event_type', 'created_at', 'occurred_at', 'device_id', 'x']
        for (const key of keys) if (next() > 0.4) object[key] = junk(next, depth + 1)
        return object
      }
    }
  }

  it('survives random junk and random damage to every seed example', () => {
    const next = random(20250101)
    const fields = ['battery_level', 'method', 'error_code', 'event_type', 'created_at', 'code']
    for (let i = 0; i < 5_000; i++) {
      const inputs = [
        junk(next, 0),
        withChanges(
          SEED_EXAMPLES[KNOWN_EVENT_TYPES[i % KNOWN_EVENT_TYPES.length]!],
          Object.fromEntries([[fields[i % fields.length]!, junk(next, 1)]]),
        ),
      ]
      for (const input of inputs) {
        const event = parseSeamEvent(input)
        expect(['known', 'unknown', 'invalid']).toContain(event.status)
        expect(event.id.length).toBeGreaterThan(0)
        expect(Number.isFinite(event.occurredAt)).toBe(true)
        expect(event.status === 'invalid').toBe(event.reason !== undefined)
      }
    }
  })

  it('survives inputs JSON cannot produce', () => {
    const cyclic: Record<string, unknown> = { event_type: 'lock.locked' }
    cyclic.self = cyclic
    const throwing = {
      get event_id(): string {
        throw new Error('boom')
      },
    }
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no')
        },
      },
    )
    const inputs = [cyclic, throwing, hostile, Object.create(null), 10n, Symbol('s'), () => 1]
    for (const input of inputs) {
      const event = parseSeamEvent(input)
      expect(event.status).toBe('invalid')
      expect(event.id).toMatch(/^invalid:/)
    }
    expect(parseSeamEvent(throwing).reason).toBe('event could not be read (boom)')
  })
})
