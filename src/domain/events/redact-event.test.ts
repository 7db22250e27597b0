import { describe, expect, it } from 'vitest'
import { EVENT_TYPES_WITH_PIN } from './event-types'
import { redactEventSecrets } from './redact-event'

function accessCodeEvent(
  type: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    event_id: 'event7',
    event_type: type,
    workspace_id: 'seed_workspace_1',
    device_id: 'august_device_1',
    access_code_id: 'access_code_3',
    created_at: '2025-01-01T00:00:00.000Z',
    occurred_at: '2025-01-01T00:00:00.000Z',
    ...extra,
  }
}

describe('redactEventSecrets', () => {
  it.each(EVENT_TYPES_WITH_PIN)('removes the PIN from %s and says so', (type) => {
    const raw = accessCodeEvent(type, { code: '4821' })
    const { event, redacted } = redactEventSecrets(raw)
    expect(redacted).toBe(true)
    expect(event).not.toHaveProperty('code')
    expect(event).toEqual(accessCodeEvent(type))
    expect(JSON.stringify(event)).not.toContain('4821')
  })

  it('does not mutate the original event', () => {
    const raw = accessCodeEvent('access_code.set_on_device', { code: '4821' })
    redactEventSecrets(raw)
    expect(raw.code).toBe('4821')
  })

  it('also removes code from other access_code.* events, even when null', () => {
    const deleted = redactEventSecrets(accessCodeEvent('access_code.deleted', { code: null }))
    expect(deleted.redacted).toBe(true)
    expect(deleted.event).not.toHaveProperty('code')
    const future = redactEventSecrets(
      accessCodeEvent('access_code.some_future_type', { code: '1' }),
    )
    expect(future.event).not.toHaveProperty('code')
  })

  it('removes a nested access_code.code on any event, without touching the original', () => {
    const nested = { access_code_id: 'access_code_3', name: 'Guest Smith', code: '9911' }
    const raw = { ...accessCodeEvent('lock.unlocked'), access_code: nested }
    const { event, redacted } = redactEventSecrets(raw)
    expect(redacted).toBe(true)
    expect(event.access_code).toEqual({ access_code_id: 'access_code_3', name: 'Guest Smith' })
    expect(nested.code).toBe('9911')
    expect(raw.access_code).toBe(nested)
    expect(JSON.stringify(event)).not.toContain('9911')
  })

  it('removes both the top-level and the nested PIN at once', () => {
    const raw = accessCodeEvent('access_code.scheduled_on_device', {
      code: '1234',
      access_code: { code: '1234' },
    })
    const { event } = redactEventSecrets(raw)
    expect(JSON.stringify(event)).not.toContain('1234')
  })

  it('returns events without a PIN as the very same object', () => {
    const lock = { ...accessCodeEvent('lock.locked'), method: 'keycode' }
    expect(redactEventSecrets(lock)).toEqual({ event: lock, redacted: false })
    expect(redactEventSecrets(lock).event).toBe(lock)
    const noPin = accessCodeEvent('access_code.created')
    expect(redactEventSecrets(noPin).event).toBe(noPin)
  })

  it('leaves a field named code alone on types that carry no PIN', () => {
    const raw = { ...accessCodeEvent('device.disconnected'), code: 'not-a-pin' }
    expect(redactEventSecrets(raw).event).toBe(raw)
  })

  it('ignores an inherited code property', () => {
    const raw = Object.create({ code: '1111' }) as Record<string, unknown>
    raw.event_type = 'access_code.set_on_device'
    expect(redactEventSecrets(raw).redacted).toBe(false)
  })
})
