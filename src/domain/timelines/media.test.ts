import { describe, expect, it } from 'vitest'
import { DEFAULT_DERIVATION_CONFIG } from '../derivation-config'
import type { KnownEventType } from '../events/event-types'
import { MINUTE, seamEvent, shuffledWithRepeats, T0 } from './event-fixtures'
import { mediaFeed } from './media'

const DOORBELL = 'doorbell-main'
const OTHER = 'camera-garage'

function media(type: KnownEventType, id: string, at: number, deviceId = DOORBELL, payload = {}) {
  return seamEvent(type, { id, at, deviceId, payload })
}

const ring = media('device.doorbell_rang', 'ring-1', T0, DOORBELL, {
  image_url: 'https://cdn.example/ring-1.jpg',
  video_url: 'https://cdn.example/ring-1.mp4',
})
const motion = media('camera.activated', 'motion-1', T0 + MINUTE, DOORBELL, {
  motion_sub_type: 'human',
  image_url: 'https://cdn.example/motion-1.jpg',
})
const unlock = media('lock.unlocked', 'unlock-1', T0 + 3 * MINUTE, DOORBELL, {
  method: 'keycode',
  access_code_id: 'code-guest',
})

describe('mediaFeed', () => {
  it('lists camera activations and rings newest first, with their media', () => {
    const feed = mediaFeed([ring, motion, unlock])
    expect(feed.items).toEqual([
      {
        kind: 'motion',
        eventId: 'motion-1',
        deviceId: DOORBELL,
        at: T0 + MINUTE,
        motionSubType: 'human',
        activationReason: 'motion_detected',
        imageUrl: 'https://cdn.example/motion-1.jpg',
      },
      {
        kind: 'ring',
        eventId: 'ring-1',
        deviceId: DOORBELL,
        at: T0,
        imageUrl: 'https://cdn.example/ring-1.jpg',
        videoUrl: 'https://cdn.example/ring-1.mp4',
      },
    ])
  })

  it('makes a ring, the motion and the unlock within five minutes one session', () => {
    const [session, ...others] = mediaFeed([unlock, motion, ring]).doorbellSessions
    expect(others).toEqual([])
    expect(session).toMatchObject({
      id: 'session:ring-1',
      deviceId: DOORBELL,
      ringAt: T0,
      endedAt: T0 + 3 * MINUTE,
      unlock: { eventId: 'unlock-1', method: 'keycode', accessCodeId: 'code-guest' },
    })
    expect(session?.ring.eventId).toBe('ring-1')
    expect(session?.motions.map((m) => m.eventId)).toEqual(['motion-1'])
  })

  it('leaves out what comes later than the window or on another device', () => {
    const late = media('camera.activated', 'motion-late', T0 + 6 * MINUTE)
    const elsewhere = media('camera.activated', 'motion-garage', T0 + MINUTE, OTHER)
    const lateUnlock = media('lock.unlocked', 'unlock-late', T0 + 7 * MINUTE)
    const before = media('camera.activated', 'motion-before', T0 - MINUTE)
    const [session] = mediaFeed([ring, late, elsewhere, lateUnlock, before]).doorbellSessions
    expect(session).toEqual({
      id: 'session:ring-1',
      deviceId: DOORBELL,
      ringAt: T0,
      ring: expect.objectContaining({ eventId: 'ring-1' }) as unknown,
      motions: [],
      endedAt: T0,
    })

    const config = { ...DEFAULT_DERIVATION_CONFIG, doorbellSessionMinutes: 10 }
    const [wider] = mediaFeed([ring, late, lateUnlock], { config }).doorbellSessions
    expect(wider?.motions.map((m) => m.eventId)).toEqual(['motion-late'])
    expect(wider?.unlock?.eventId).toBe('unlock-late')
  })

  it('joins the motion of a camera and the unlock of a lock at the same door to the ring', () => {
    const doorLock = 'lock-front'
    const cameraMotion = media('camera.activated', 'motion-cam', T0 + MINUTE, OTHER, {
      motion_sub_type: 'human',
    })
    const lockUnlock = media('lock.unlocked', 'unlock-lock', T0 + 2 * MINUTE, doorLock, {
      method: 'keycode',
    })
    const doors: Record<string, string> = { [OTHER]: DOORBELL, [doorLock]: DOORBELL }
    const doorOf = (deviceId: string) => doors[deviceId] ?? deviceId
    const [session] = mediaFeed([ring, cameraMotion, lockUnlock], { doorOf }).doorbellSessions
    expect(session?.motions.map((m) => m.eventId)).toEqual(['motion-cam'])
    expect(session?.unlock?.eventId).toBe('unlock-lock')
    // Without the door mapping the same events stay apart.
    const [alone] = mediaFeed([ring, cameraMotion, lockUnlock]).doorbellSessions
    expect(alone?.motions).toEqual([])
    expect(alone?.unlock).toBeUndefined()
  })

  it('starts a new session at each ring and keeps the first unlock of each', () => {
    const secondRing = media('device.doorbell_rang', 'ring-2', T0 + 2 * MINUTE)
    const secondUnlock = media('lock.unlocked', 'unlock-2', T0 + 4 * MINUTE)
    const sessions = mediaFeed([ring, motion, secondRing, unlock, secondUnlock]).doorbellSessions
    expect(sessions.map((s) => [s.id, s.motions.map((m) => m.eventId), s.unlock?.eventId])).toEqual(
      [
        ['session:ring-2', [], 'unlock-1'],
        ['session:ring-1', ['motion-1'], undefined],
      ],
    )
  })

  it('replays up to now', () => {
    const feed = mediaFeed([ring, motion, unlock], { now: T0 + 2 * MINUTE })
    expect(feed.doorbellSessions[0]?.unlock).toBeUndefined()
    expect(feed.items).toHaveLength(2)
    expect(mediaFeed([ring], { now: T0 - 1 }).items).toEqual([])
  })

  it('derives the same feed from shuffled and repeated events', () => {
    const events = [
      ring,
      motion,
      unlock,
      media('device.doorbell_rang', 'ring-2', T0 + 2 * MINUTE),
      media('device.doorbell_rang', 'ring-3', T0 + 2 * MINUTE),
      media('camera.activated', 'motion-2', T0 + 2 * MINUTE, OTHER),
      media('device.doorbell_rang', 'ring-4', T0 + 30 * MINUTE, OTHER),
      media('camera.activated', 'motion-3', T0 + 31 * MINUTE, OTHER),
    ]
    const expected = mediaFeed(events)
    expect(expected.doorbellSessions).toHaveLength(4)
    for (let seed = 1; seed <= 20; seed++) {
      expect(mediaFeed(shuffledWithRepeats(events, seed))).toEqual(expected)
    }
  })
})
