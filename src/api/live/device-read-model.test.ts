import { describe, expect, it } from 'vitest'
import { deviceQuery, deviceReadModelSchema, fetchDevice } from './device-read-model'
import { DEVICE_ANSWER } from './subject-answer-fixtures'

const ms = (iso: string) => Date.parse(iso)

describe('deviceReadModelSchema', () => {
  const model = deviceReadModelSchema.parse(DEVICE_ANSWER)

  it('reads the row, the range and the intervals in epoch ms, with their cause', () => {
    expect(model.row.name).toBe('Maple St 12 – Doorbell')
    expect(model.range).toEqual({
      from: ms('2026-11-30T23:09:48.000Z'),
      to: ms('2026-12-07T23:09:48.920Z'),
    })
    expect(model.connectivity[0]).toEqual({
      state: 'offline',
      reason: 'account_disconnected',
      from: ms('2026-12-05T08:40:53.773Z'),
      to: ms('2026-12-05T08:48:31.792Z'),
      cause: { eventId: 'dacfe70b-e10f-4ef6-99d1-faf9b687b1b3', type: '' },
    })
    // An online interval has no reason at all, not a null one.
    expect(model.connectivity[1]).not.toHaveProperty('reason')
    expect(model.lock[1]).toMatchObject({ state: 'unlocked', method: 'manual' })
    expect(model.lock[1]).not.toHaveProperty('accessCodeId')
    expect(model.lockDenied).toEqual([
      { at: ms('2026-12-07T00:30:00.000Z'), eventId: 'denied-1', accessCodeId: 'code-9' },
    ])
  })

  it('reads the battery: readings (the inventory snapshot without an event), the one before, bands', () => {
    expect(model.battery.before).toEqual({
      at: ms('2026-11-29T10:00:00.000Z'),
      level: 0.8,
      eventId: 'batt-0',
    })
    expect(model.battery.readings[1]).toEqual({ at: ms('2026-12-07T23:09:46.279Z'), level: 0.768 })
    expect(model.battery.bands[0]).toMatchObject({ state: 'good', source: 'reported' })
    expect(model.battery.drainPerDay).toBe(-0.5)
  })

  it('splits media into visits (with the door camera motion) and lone motions', () => {
    const [visit] = model.media.visits
    expect(visit?.id).toBe('session:83373fbd-4133-4646-8cda-a28da7059c54')
    expect(visit?.ring).toMatchObject({
      kind: 'ring',
      deviceId: '03f5245e-23f8-8150-b956-c9b0b7dd01b4',
      imageUrl: 'http://127.0.0.1:8897/media/doorbell-visitor.jpg',
    })
    expect(visit?.motions[0]).toMatchObject({
      kind: 'motion',
      motionSubType: 'human',
      deviceId: 'f612b05f-0b47-86be-9256-10fef19f2f5a',
    })
    expect(visit).not.toHaveProperty('unlock')
    expect(model.media.lone.map((item) => item.eventId)).toEqual(['lone-motion-1'])
  })

  it('reads the statistics as the domain holds them', () => {
    expect(model.statistics.connectivity.uptimePercent).toBeCloseTo(99.24, 2)
    expect(model.statistics.connectivity.flaps).toBe(4)
    expect(model.statistics.battery).toEqual({ daysToEmpty: null, why: 'not enough samples' })
    const draining = deviceReadModelSchema.parse({
      ...DEVICE_ANSWER,
      statistics: {
        ...DEVICE_ANSWER.statistics,
        battery: {
          days_to_empty: 12.5,
          why: null,
          basis: {
            samples: 9,
            from: '2026-12-01T00:00:00.000Z',
            to: '2026-12-07T00:00:00.000Z',
            slope_per_day: -0.02,
          },
        },
      },
    })
    expect(draining.statistics.battery).toEqual({
      daysToEmpty: 12.5,
      basis: {
        samples: 9,
        from: ms('2026-12-01T00:00:00.000Z'),
        to: ms('2026-12-07T00:00:00.000Z'),
        slopePerDay: -0.02,
      },
    })
  })

  it('parses the stored events like any event, a broken one included, and the alerts', () => {
    expect(model.events.map((event) => event.type)).toEqual([
      'lock.locked',
      'lock.unlocked',
      'lock.locked',
    ])
    expect(model.events[0]?.id).toBe('7e418ba1-b115-493f-b66d-434656136ea2')
    expect(model.events[2]?.status).toBe('invalid')
    expect(model.next).toBe('eyJzIjoxNzY1MDAwMDAwMDAwLCJlIjoiYSJ9')
    expect(model.alerts[0]).toMatchObject({
      rule: 'external_change',
      severity: 'warning',
      resolvedAt: null,
      accountId: 'fb303a16-b4ac-8f41-aced-a5a6736419f1',
    })
  })

  it('refuses an answer whose interval has no time', () => {
    const broken = structuredClone(DEVICE_ANSWER)
    broken.timelines.connectivity[0]!.from = 'yesterday'
    expect(deviceReadModelSchema.safeParse(broken).success).toBe(false)
  })
})

describe('fetchDevice and deviceQuery', () => {
  it('asks for the range and the page, the id encoded', async () => {
    const asked: string[] = []
    const fetch = (input: string) => {
      asked.push(input)
      return Promise.resolve(new Response(JSON.stringify(DEVICE_ANSWER)))
    }
    await fetchDevice({ deviceId: 'a/b', from: ms('2026-12-07T00:00:00Z') }, null, { fetch })
    await fetchDevice(
      { deviceId: 'd', from: ms('2026-12-07T00:00:00Z'), to: ms('2026-12-07T01:00:00Z') },
      'cursor',
      { fetch },
    )
    expect(asked).toEqual([
      '/api/devices/a%2Fb?from=2026-12-07T00%3A00%3A00.000Z',
      '/api/devices/d?from=2026-12-07T00%3A00%3A00.000Z&to=2026-12-07T01%3A00%3A00.000Z&before=cursor',
    ])
  })

  it('keys on the device, the range and the change marker', () => {
    const query = deviceQuery({ deviceId: 'd', from: 5 }, 'e1|online|0|listed', false)
    expect(query.queryKey).toEqual(['live', 'device', 'd', 5, 'now', 'e1|online|0|listed'])
    expect(query.refetchInterval).toBe(false)
  })
})
