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
