import { describe, expect, it } from 'vitest'
import { deviceKindWords, providerWords } from './brand-words'

describe('deviceKindWords', () => {
  it.each([
    ['august_lock', 'August lock'],
    ['schlage_lock', 'Schlage lock'],
    ['ttlock_lock', 'TTLock lock'],
    ['noiseaware_activity_zone', 'NoiseAware activity zone'],
    ['two_n_intercom', '2N intercom'],
    ['honeywell_resideo_thermostat', 'Honeywell Resideo thermostat'],
    ['ecobee_thermostat', 'ecobee thermostat'],
    ['ios_phone', 'iOS phone'],
    ['smartthings_lock', 'SmartThings lock'],
  ])('%s → %s', (type, words) => {
    expect(deviceKindWords(type)).toBe(words)
  })

  it('capitalizes an unknown maker rather than dropping it', () => {
    expect(deviceKindWords('acme_smart_lock')).toBe('Acme smart lock')
  })

  it('does not take a brand from the middle of a key', () => {
    expect(deviceKindWords('generic_august_lock')).toBe('Generic august lock')
  })

  it('says Device for an empty type', () => {
    expect(deviceKindWords('')).toBe('Device')
  })
})

describe('providerWords', () => {
  it.each([
    ['august', 'August'],
    ['yale_home', 'Yale Home'],
    ['salto_ks', 'Salto KS'],
    ['acme_cloud', 'Acme Cloud'],
    ['SmartThings', 'SmartThings'],
  ])('%s → %s', (key, words) => {
    expect(providerWords(key)).toBe(words)
  })
})
