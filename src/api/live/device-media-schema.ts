// The media of /api/devices/:id: doorbell visits (the door camera's motion inside) and lone motions.
import { z } from 'zod/v4'
import type { LockMethod } from '../../domain/events/parsed-event'
import type { CameraActivation, DoorbellRing, DoorbellSession } from '../../domain/timelines/media'
import { isoInstantSchema } from '../iso-time-schema'

export const lockMethodSchema = z
  .enum(['keycode', 'manual', 'automatic', 'seamapi', 'unknown'])
  .catch('unknown')

const mediaFields = {
  event_id: z.string(),
  device_id: z.string(),
  at: isoInstantSchema,
  motion_sub_type: z
    .enum(['human', 'vehicle', 'package', 'other', 'unknown'])
    .catch('unknown')
    .nullable(),
  activation_reason: z.string().nullable(),
  image_url: z.string().nullable(),
  video_url: z.string().nullable(),
}

type MediaFields = z.output<z.ZodObject<typeof mediaFields>>

function mediaBase(item: MediaFields) {
  return {
    eventId: item.event_id,
    deviceId: item.device_id,
    at: item.at,
    ...(item.image_url !== null && { imageUrl: item.image_url }),
    ...(item.video_url !== null && { videoUrl: item.video_url }),
  }
}

function motionOf(item: MediaFields): CameraActivation {
  return {
    kind: 'motion' as const,
    ...mediaBase(item),
    motionSubType: item.motion_sub_type ?? 'unknown',
    ...(item.activation_reason !== null && { activationReason: item.activation_reason }),
  }
}

const motionSchema = z.object({ kind: z.literal('motion'), ...mediaFields }).transform(motionOf)
const ringSchema = z
  .object({ kind: z.literal('ring'), ...mediaFields })
  .transform((item): DoorbellRing => ({ kind: 'ring', ...mediaBase(item) }))

const visitSchema = z
  .object({
    kind: z.literal('visit'),
    id: z.string(),
    at: isoInstantSchema,
    ended_at: isoInstantSchema,
    ring: ringSchema,
    motions: z.array(motionSchema),
    unlock: z
      .object({
        at: isoInstantSchema,
        event_id: z.string(),
        method: lockMethodSchema,
        access_code_id: z.string().nullable(),
      })
      .nullable(),
  })
  .transform((visit) => ({ kind: 'visit' as const, session: sessionOf(visit) }))

function sessionOf(visit: {
  id: string
  at: number
  ended_at: number
  ring: DoorbellRing
  motions: CameraActivation[]
  unlock: { at: number; event_id: string; method: LockMethod; access_code_id: string | null } | null
}): DoorbellSession {
  const { unlock } = visit
  return {
    id: visit.id,
    deviceId: visit.ring.deviceId,
    ringAt: visit.at,
    ring: visit.ring,
    motions: visit.motions,
    endedAt: visit.ended_at,
    ...(unlock !== null && {
      unlock: {
        at: unlock.at,
        eventId: unlock.event_id,
        method: unlock.method,
        ...(unlock.access_code_id !== null && { accessCodeId: unlock.access_code_id }),
      },
    }),
  }
}

/** Visits and lone camera events, newest first (the server's order), split by kind. */
export const mediaSchema = z.array(z.union([visitSchema, motionSchema])).transform((entries) => ({
  visits: entries.flatMap((entry) => (entry.kind === 'visit' ? [entry.session] : [])),
  lone: entries.flatMap((entry) => (entry.kind === 'motion' ? [entry] : [])),
}))
