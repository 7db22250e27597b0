import { describe, expect, it } from 'vitest'
import { ConfigError, readConfig } from './config'

describe('readConfig', () => {
  it('defaults to the embedded fake on loopback port 8787', () => {
    const config = readConfig({}, '/dist')
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 8787,
      pollIntervalMs: 5_000,
      retentionMs: 168 * 3_600_000,
      upstream: { kind: 'embedded', simulator: true },
    })
  })

  it('seeds the demo fleet unless FLEET=large, and names a bad FLEET', () => {
    expect(readConfig({}, '/dist').upstream).toMatchObject({ fleet: 'demo' })
    expect(
      readConfig({ FLEET: 'large', FLEET_EVENTS_PER_MINUTE: '230' }, '/dist').upstream,
    ).toMatchObject({ fleet: 'large', fleetEventsPerMinute: 230 })
    expect(() => readConfig({ FLEET: 'huge' }, '/dist')).toThrow('FLEET must be "demo" or "large"')
  })

  it('starts the simulator normally unless SIMULATOR_START=hub-outage, and names a bad value', () => {
    expect(readConfig({}, '/dist').upstream).toMatchObject({ start: 'normal' })
    expect(readConfig({ SIMULATOR_START: 'hub-outage' }, '/dist').upstream).toMatchObject({
      start: 'hub-outage',
    })
    expect(() => readConfig({ SIMULATOR_START: 'outage' }, '/dist')).toThrow(
      'SIMULATOR_START must be "normal" or "hub-outage"',
    )
  })

  it('talks to Seam when SEAM_API_KEY is set', () => {
    const config = readConfig(
      { SEAM_API_KEY: 'seam_test_key', SEAM_ENDPOINT: 'http://127.0.0.1:9' },
      '/dist',
    )
    expect(config.upstream).toEqual({
      kind: 'seam',
      apiKey: 'seam_test_key',
      endpoint: 'http://127.0.0.1:9',
    })
  })

  it('names every bad variable and how to fix it', () => {
    let message = ''
    try {
      readConfig({ PORT: 'eighty', POLL_INTERVAL_MS: '10', SIMULATOR: 'maybe' }, '/dist')
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      message = (error as Error).message
    }
    expect(message).toContain('PORT=eighty is not valid: use a whole number from 0 to 65535')
    expect(message).toContain('POLL_INTERVAL_MS=10 is not valid')
    expect(message).toContain('SIMULATOR must be "on" or "off"')
  })

  it('refuses an endpoint without a key', () => {
    expect(() => readConfig({ SEAM_ENDPOINT: 'http://127.0.0.1:9' }, '/dist')).toThrow(
      /SEAM_API_KEY is not/,
    )
  })
})
