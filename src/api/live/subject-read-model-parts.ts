// Pieces the device and account answers share: their range, their events, an interval's cause.
import { z } from 'zod/v4'
import { parseSeamEvents } from '../../domain/events/parse-event'
import { isoInstantSchema } from '../iso-time-schema'

export const rangeSchema = z.object({ from: isoInstantSchema, to: isoInstantSchema })

/** Stored Seam events, newest first, read as the domain reads every event (never rejected). */
export const eventsSchema = z.array(z.unknown()).transform((raws) => parseSeamEvents(raws))

/** The route names the event that began an interval, not its type (no view reads the type). */
export function causeField(eventId: string | null) {
  return eventId === null ? {} : { cause: { eventId, type: '' } }
}
