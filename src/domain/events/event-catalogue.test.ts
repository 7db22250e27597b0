import { describe, expect, it } from 'vitest'
import {
  catalogueEntry,
  CRITICAL_BATTERY_LEVEL,
  EVENT_CATALOGUE,
  eventSeverity,
  UNKNOWN_EVENT_ENTRY,
} from './event-catalogue'
import { KNOWN_EVENT_TYPES } from './event-types'
import { parseSeamEvent } from './parse-event'
import { SEED_EXAMPLES } from './seed-examples'

describe('EVENT_CATALOGUE', () => {
  it('has a titled entry for every known type', () => {
    expect(Object.keys(EVENT_CATALOGUE).sort()).toEqual([...KNOWN_EVENT_TYPES].sort())
    for (const type of KNOWN_EVENT_TYPES) {
      expect(EVENT_CATALOGUE[type].title.length).toBeGreaterThan(0)
      // An alert needs a severity to be shown with.
      if (EVENT_CATALOGUE[type].alertWorthy) expect(EVENT_CATALOGUE[type].severity).toBeDefined()
    }
  })

  it('rates trouble as the operators asked', () => {
    const severityOf = (type: keyof typeof SEED_EXAMPLES) =>
      parseSeamEvent(SEED_EXAMPLES[type]).severity
    expect(severityOf('device.tampered')).toBe('critical')
    expect(severityOf('connected_account.disconnected')).toBe('critical')
    expect(severityOf('access_code.failed_to_set_on_device')).toBe('critical')
    expect(severityOf('lock.access_denied')).toBe('warning')
    expect(severityOf('connected_account.reauthorization_requested')).toBe('warning')
    expect(severityOf('device.error.subscription_required')).toBe('warning')
    expect(severityOf('device.third_party_integration_detected')).toBe('warning')
    expect(severityOf('noise_sensor.noise_threshold_triggered')).toBe('warning')
    expect(severityOf('connect_webview.login_failed')).toBe('warning')
    expect(severityOf('device.disconnected')).toBe('warning') // account_disconnected
    expect(severityOf('device.low_battery')).toBe('critical') // level 0
    expect(severityOf('device.battery_status_changed')).toBe('critical')
    expect(severityOf('lock.unlocked')).toBeUndefined()
    expect(severityOf('device.connected')).toBeUndefined()
  })

  it('marks routine and self-inflicted events as not alert-worthy', () => {
    expect(EVENT_CATALOGUE['lock.unlocked'].alertWorthy).toBe(false)
    expect(EVENT_CATALOGUE['connect_webview.login_failed'].alertWorthy).toBe(false)
    expect(EVENT_CATALOGUE['device.unmanaged.disconnected'].alertWorthy).toBe(false)
    expect(EVENT_CATALOGUE['device.disconnected'].alertWorthy).toBe(true)
    expect(EVENT_CATALOGUE['device.tampered'].alertWorthy).toBe(true)
  })
})

describe('eventSeverity', () => {
  it('grades low battery by level', () => {
    expect(eventSeverity('device.low_battery', { batteryLevel: CRITICAL_BATTERY_LEVEL })).toBe(
      'critical',
    )
    expect(eventSeverity('device.low_battery', { batteryLevel: 0.11 })).toBe('warning')
    expect(eventSeverity('device.low_battery', undefined)).toBe('warning')
  })

  it('treats a battery back to good or full as no trouble', () => {
    expect(eventSeverity('device.battery_status_changed', { batteryStatus: 'low' })).toBe('warning')
    expect(
      eventSeverity('device.battery_status_changed', { batteryStatus: 'good' }),
    ).toBeUndefined()
    expect(
      eventSeverity('device.battery_status_changed', { batteryStatus: 'full' }),
    ).toBeUndefined()
  })

  it('makes a hub outage critical and other disconnections warnings', () => {
    expect(eventSeverity('device.disconnected', { disconnectReason: 'hub_disconnected' })).toBe(
      'critical',
    )
    expect(eventSeverity('device.disconnected', { disconnectReason: 'unknown' })).toBe('warning')
    expect(eventSeverity('device.disconnected', {})).toBe('warning')
  })
})

describe('catalogueEntry', () => {
  it('gives unknown types the generic feed entry', () => {
    expect(catalogueEntry('device.foo_bar')).toBe(UNKNOWN_EVENT_ENTRY)
    expect(catalogueEntry('constructor')).toBe(UNKNOWN_EVENT_ENTRY)
    expect(UNKNOWN_EVENT_ENTRY).toMatchObject({
      category: 'other',
      timeline: 'feed',
      alertWorthy: false,
    })
    expect(catalogueEntry('lock.locked')).toBe(EVENT_CATALOGUE['lock.locked'])
  })
})
