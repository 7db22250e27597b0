// Zod schemas for the proxy's ISO 8601 times, read straight into epoch milliseconds.
import { z } from 'zod/v4'
import { parseIsoInstant } from '../domain/events/iso-instant'

export const isoInstantSchema = z.string().transform((text, context) => {
  const instant = parseIsoInstant(text)
  if (instant === undefined) {
    context.addIssue({ code: 'custom', message: 'is not an ISO 8601 date-time' })
    return z.NEVER
  }
  return instant
})

export const nullableIsoInstantSchema = isoInstantSchema.nullable()
