import { describe, expect, it } from 'vitest'
import { mediaFeed } from '../../domain/timelines/media'
import { MINUTE, T0, seamEvent } from '../../domain/timelines/event-fixtures'
import { mediaCards } from './media-cards'

const bell = 'bell-1'
const feed = mediaFeed([
  seamEvent('device.doorbell_rang', {
    id: 'ring',
    at: T0,
    deviceId: bell,
    payload: { image_url: 'https://cdn.example/ring.jpg', video_url: 'javascript:alert(1)' },
  }),
  seamEvent('camera.activated', {
    id: 'motion-in-visit',
    at: T0 + MINUTE,
    deviceId: bell,
    payload: { motion_sub_type: 'package', image_url: 'https://cdn.example/p.jpg' },
  }),
  seamEvent('lock.unlocked', { id: 'unlock', at: T0 + 2 * MINUTE, deviceId: bell }),
  seamEvent('camera.activated', {
    id: 'lone',
    at: T0 + 60 * MINUTE,
    deviceId: bell,
    payload: { motion_sub_type: 'vehicle', video_url: 'https://cdn.example/v.mp4' },
  }),
])
const window = { from: T0 - MINUTE, to: T0 + 120 * MINUTE }

describe('mediaCards', () => {
  it('shows a visit as one card and a lone camera event as its own, newest first', () => {
    const { cards } = mediaCards(feed, window)
    expect(cards.map((c) => [c.kind, c.title])).toEqual([
      ['single', 'Vehicle detected'],
      ['session', 'Doorbell visit'],
    ])
    expect(cards[1]!.lines).toEqual(['Package seen', 'Door unlocked with keypad code'])
    expect(cards[1]!.shots.map((s) => s.id)).toEqual(['ring', 'motion-in-visit'])
  })

  it('keeps only http(s) media URLs', () => {
    const ring = mediaCards(feed, window).shotsById.get('ring')!
    expect(ring.imageUrl).toBe('https://cdn.example/ring.jpg')
    expect(ring.videoUrl).toBeUndefined()
  })

  it('caps the cards and counts what it left out', () => {
    const capped = mediaCards(feed, window, 1)
    expect(capped.cards).toHaveLength(1)
    expect(capped.hidden).toBe(1)
    expect(capped.shotsById.has('ring')).toBe(true)
  })

  it('leaves out cards outside the window', () => {
    expect(mediaCards(feed, { from: T0 + 30 * MINUTE, to: T0 + 120 * MINUTE }).cards).toHaveLength(
      1,
    )
  })
})
