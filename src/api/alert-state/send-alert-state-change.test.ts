import { describe, expect, it } from 'vitest'
import type { FetchLike } from '../request-proxy'
import { sendAlertStateChange } from './send-alert-state-change'

const STATE =
  '{"acknowledgements":[{"alert_id":"a:b","by":"Ana","note":"","at":"2026-03-01T12:00:00Z"}],"snoozes":[]}'

function recorder(status = 201, body = STATE) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetch: FetchLike = (url, init) => {
    calls.push({ url, init })
    return Promise.resolve(
      new Response(body, { status, headers: { 'content-type': 'application/json' } }),
    )
  }
  return { calls, fetch }
}

describe('sendAlertStateChange', () => {
  it('posts an acknowledgement as JSON and reads the new state', async () => {
    const { calls, fetch } = recorder()
    const state = await sendAlertStateChange(
      { kind: 'acknowledge', alertId: 'a:b', by: 'Ana', note: 'hi' },
      { fetch },
    )
    expect(calls[0]?.url).toBe('/api/alert_state/acknowledgements')
    expect(calls[0]?.init?.method).toBe('POST')
    expect(calls[0]?.init?.body).toBe('{"alert_id":"a:b","by":"Ana","note":"hi"}')
    expect(state.acknowledgements[0]).toEqual({
      alertId: 'a:b',
      by: 'Ana',
      note: '',
      at: Date.parse('2026-03-01T12:00:00Z'),
    })
  })

  it('undoes with DELETE and the id in the query', async () => {
    const { calls, fetch } = recorder(200)
    await sendAlertStateChange({ kind: 'unsnooze', alertId: 'x:y/z' }, { fetch })
    expect(calls[0]?.url).toBe('/api/alert_state/snoozes?alert_id=x%3Ay%2Fz')
    expect(calls[0]?.init?.method).toBe('DELETE')
  })

  it("passes on the proxy's words when it refuses", async () => {
    const { fetch } = recorder(
      400,
      '{"message":"The snooze was not saved: hours must be 1, 8 or 24."}',
    )
    await expect(
      sendAlertStateChange({ kind: 'snooze', alertId: 'a', by: 'Ana', hours: 1 }, { fetch }),
    ).rejects.toThrow(/refused .*400.*hours must be 1, 8 or 24/)
  })
})
