import { describe, expect, it } from 'vitest'
import { fleetViewState, type FleetViewInput } from './fleet-view-state'

const ready: FleetViewInput = {
  devicesLoaded: true,
  accountsLoaded: true,
  eventsLoaded: true,
  inventoryError: null,
  streamError: null,
  deviceCount: 3,
  accountCount: 1,
  upstreamStatus: 'ok',
}

describe('fleetViewState', () => {
  it('is ready once devices, accounts and events are in', () => {
    expect(fleetViewState(ready)).toEqual({ kind: 'ready', eventsMissing: false })
  })

  it('loads until the lists are in, and fails with the message when one cannot be fetched', () => {
    expect(fleetViewState({ ...ready, devicesLoaded: false })).toEqual({ kind: 'loading' })
    expect(
      fleetViewState({ ...ready, accountsLoaded: false, inventoryError: new Error('No proxy.') }),
    ).toEqual({ kind: 'failed', message: 'No proxy.' })
  })

  it('keeps showing the lists it has when a later refresh fails', () => {
    expect(fleetViewState({ ...ready, inventoryError: new Error('No proxy.') }).kind).toBe('ready')
  })

  it('waits for the events, but shows the snapshot alone when they fail', () => {
    expect(fleetViewState({ ...ready, eventsLoaded: false })).toEqual({ kind: 'loading' })
    expect(fleetViewState({ ...ready, eventsLoaded: false, streamError: new Error('x') })).toEqual({
      kind: 'ready',
      eventsMissing: true,
    })
  })

  it('says why the fleet is empty', () => {
    const empty = { ...ready, deviceCount: 0, accountCount: 0 }
    expect(fleetViewState({ ...empty, upstreamStatus: 'starting' })).toMatchObject({
      kind: 'empty',
      title: 'Waiting for Seam',
    })
    expect(fleetViewState({ ...empty, upstreamStatus: 'down' })).toMatchObject({
      title: 'No devices to show',
    })
    expect(fleetViewState({ ...empty, upstreamStatus: 'ok' })).toMatchObject({
      title: 'No connected accounts or devices',
    })
  })

  it('shows an account with no devices rather than the empty page', () => {
    expect(fleetViewState({ ...ready, deviceCount: 0 }).kind).toBe('ready')
  })
})
