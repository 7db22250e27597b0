import { describe, expect, it } from 'vitest'
import { isLoopbackHost } from './is-loopback-host'

describe('isLoopbackHost', () => {
  it('accepts the loopback addresses and names', () => {
    for (const host of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      '::1',
      '[::1]',
      '::ffff:127.0.0.1',
    ]) {
      expect(isLoopbackHost(host), host).toBe(true)
    }
  })

  it('treats every other address, wildcard or name as exposed', () => {
    for (const host of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      '10.0.0.5',
      'doorboard.example',
      '128.0.0.1',
      '::ffff:10.0.0.1',
      '127.0.0.1.example',
    ]) {
      expect(isLoopbackHost(host), host).toBe(false)
    }
  })
})
