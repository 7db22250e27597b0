// /api/alert_state through the whole proxy: validation in words, persistence, nothing sent upstream.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildApp, type DoorboardApp } from '../app'
import { readConfig } from '../config'
import type { UpstreamClient } from '../upstream/seam-upstream'

const API_KEY = 'seam_test_key_that_must_stay_secret'

let directory: string
let proxy: DoorboardApp | undefined
let upstreamCalls: string[]

const upstream: UpstreamClient = {
  listEvents: () => {
    upstreamCalls.push('events')
    return Promise.resolve([])
  },
  listDevices: () => {
    upstreamCalls.push('devices')
    return Promise.resolve([])
  },
  listConnectedAccounts: () => {
    upstreamCalls.push('accounts')
    return Promise.resolve([])
  },
}

async function start(): Promise<DoorboardApp> {
  await proxy?.app.close()
  const config = readConfig({ SEAM_API_KEY: API_KEY, DATA_DIR: directory }, '/nonexistent-dist')
  proxy = await buildApp(config, {
    upstream,
    upstreamKind: 'seam',
    secrets: [API_KEY],
    startPolling: false,
  })
  await proxy.app.ready()
  return proxy
}

async function send(method: 'GET' | 'POST' | 'DELETE', url: string, body?: unknown) {
  const response = await proxy!.app.inject({
    method,
    url,
    ...(body === undefined ? {} : { payload: body as Record<string, unknown> }),
  })
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() }
}

beforeEach(() => {
  directory = mkdtempSync(path.join(tmpdir(), 'alert-routes-'))
  upstreamCalls = []
})

afterEach(async () => {
  await proxy?.app.close()
  proxy = undefined
  rmSync(directory, { recursive: true, force: true })
})

describe('/api/alert_state', () => {
  it('acknowledges and snoozes, survives a restart, and undoes', async () => {
    await start()
    expect(await send('GET', '/api/alert_state')).toEqual({
      status: 200,
      body: { acknowledgements: [], snoozes: [] },
    })
    const ack = await send('POST', '/api/alert_state/acknowledgements', {
      alert_id: 'battery_low:device:d1:e1',
      by: '  Ana  ',
      note: 'Battery ordered',
    })
    expect(ack.status).toBe(201)
    expect(ack.body.acknowledgements).toEqual([
      expect.objectContaining({
        alert_id: 'battery_low:device:d1:e1',
        by: 'Ana',
        note: 'Battery ordered',
      }),
    ])
    const snooze = await send('POST', '/api/alert_state/snoozes', {
      alert_id: 'device_offline:device:d2:e2',
      by: 'Ana',
      hours: 24,
    })
    expect(snooze.status).toBe(201)

    await start()
    const after = await send('GET', '/api/alert_state')
    expect(after.body.acknowledgements).toHaveLength(1)
    expect(after.body.snoozes).toEqual([
      expect.objectContaining({ alert_id: 'device_offline:device:d2:e2', hours: 24 }),
    ])

    const undone = await send(
      'DELETE',
      `/api/alert_state/acknowledgements?alert_id=${encodeURIComponent('battery_low:device:d1:e1')}`,
    )
    expect(undone).toMatchObject({ status: 200, body: { acknowledgements: [] } })
    const woken = await send(
      'DELETE',
      '/api/alert_state/snoozes?alert_id=device_offline%3Adevice%3Ad2%3Ae2',
    )
    expect(woken).toMatchObject({ status: 200, body: { snoozes: [] } })
    expect(upstreamCalls).toEqual([])
  })

  it.each([
    [{ by: 'Ana', note: '' }, /alert_id is missing/],
    [{ alert_id: 'a', by: '', note: '' }, /by is empty/],
    [{ alert_id: 'a'.repeat(300), by: 'Ana' }, /alert_id .* is above 256/],
    [{ alert_id: 'a', by: 'Ana', note: 'n'.repeat(501) }, /note .* is above 500/],
    [{ alert_id: 'a', by: 'Ana\u0007' }, /by must not contain control characters/],
    [{ alert_id: 'a', by: 'Ana', admin: true }, /admin/],
    [{ alert_id: 'a', by: 'Ana', note: `my key is ${API_KEY}` }, /Seam API key/],
  ])('refuses a bad acknowledgement with a 400 in words (%j)', async (body, words) => {
    await start()
    const response = await send('POST', '/api/alert_state/acknowledgements', body)
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/^The acknowledgement was not saved: /)
    expect(response.body.message).toMatch(words)
    expect((await send('GET', '/api/alert_state')).body.acknowledgements).toEqual([])
    expect(upstreamCalls).toEqual([])
  })

  it('accepts only 1, 8 or 24 hours of snooze', async () => {
    await start()
    const response = await send('POST', '/api/alert_state/snoozes', {
      alert_id: 'a',
      by: 'Ana',
      hours: 2,
    })
    expect(response).toMatchObject({ status: 400 })
    expect(response.body.message).toMatch(/hours must be 1, 8 or 24/)
  })

  it('needs an alert_id to undo', async () => {
    await start()
    const response = await send('DELETE', '/api/alert_state/snoozes')
    expect(response.status).toBe(400)
    expect(response.body.message).toMatch(/Nothing was undone: alert_id is missing/)
  })

  it('refuses bodies that are too large or not JSON', async () => {
    await start()
    const large = await proxy!.app.inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ alert_id: 'a', by: 'Ana', note: 'x'.repeat(5000) }),
    })
    expect(large.statusCode).toBe(413)
    // A form post from another site (no CORS preflight) is not even parsed.
    const form = await proxy!.app.inject({
      method: 'POST',
      url: '/api/alert_state/acknowledgements',
      headers: { 'content-type': 'text/plain' },
      payload: '{"alert_id":"a","by":"Ana"}',
    })
    expect(form.statusCode).toBe(415)
    expect((await send('GET', '/api/alert_state')).body.acknowledgements).toEqual([])
  })

  it('answers other methods and paths under /api with 404 and forwards nothing', async () => {
    await start()
    const put = await send('POST', '/api/alert_state', { acknowledgements: [] })
    expect(put.status).toBe(404)
    const other = await send('DELETE', '/api/devices')
    expect(other.status).toBe(404)
    expect(upstreamCalls).toEqual([])
  })
})
