// The shapes of the alert state: the file on disk and the bodies browsers send, with their bounds.
import { z } from 'zod/v4'
import { MAX_HISTORY_LIMIT } from '../store/alert-history-rows'

/** Alert ids are `rule:kind:subject:event`; Seam ids are UUIDs, so 256 leaves plenty of room. */
export const MAX_ALERT_ID_LENGTH = 256
export const MAX_NAME_LENGTH = 80
export const MAX_NOTE_LENGTH = 500
export const SNOOZE_HOURS = [1, 8, 24] as const
export type SnoozeHours = (typeof SNOOZE_HOURS)[number]

// Control characters would let a name or note break a log line or a terminal.
function hasControlCharacter(text: string, allowNewline: boolean): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index)
    if ((code < 0x20 || code === 0x7f) && !(allowNewline && code === 0x0a)) return true
  }
  return false
}
const noControl = (text: string) => !hasControlCharacter(text, false)
const noControlExceptNewline = (text: string) => !hasControlCharacter(text, true)

export const alertIdSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_ALERT_ID_LENGTH)
  .refine(noControl, { message: 'alert_id must not contain control characters' })

const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(MAX_NAME_LENGTH)
  .refine(noControl, { message: 'by must not contain control characters' })

const noteSchema = z.string().trim().max(MAX_NOTE_LENGTH).refine(noControlExceptNewline, {
  message: 'note must not contain control characters other than line breaks',
})

const hoursSchema = z.union([z.literal(1), z.literal(8), z.literal(24)], {
  message: 'hours must be 1, 8 or 24',
})

export const acknowledgeBodySchema = z.strictObject({
  alert_id: alertIdSchema,
  by: nameSchema,
  note: noteSchema.optional().default(''),
})
export type AcknowledgeBody = z.output<typeof acknowledgeBodySchema>

export const snoozeBodySchema = z.strictObject({
  alert_id: alertIdSchema,
  hours: hoursSchema,
  by: nameSchema,
})
export type SnoozeBody = z.output<typeof snoozeBodySchema>

/** An undo: which alert, and who (optional: older browsers do not say), for the history. */
export const undoQuerySchema = z.object({ alert_id: alertIdSchema, by: nameSchema.optional() })

const instantSchema = z
  .string()
  .refine((value) => Number.isFinite(Date.parse(value)), { message: 'is not an ISO 8601 time' })
  .transform((value) => Date.parse(value))

export const alertHistoryQuerySchema = z
  .object({
    alert_id: alertIdSchema.optional(),
    from: instantSchema.optional(),
    to: instantSchema.optional(),
    limit: z.coerce.number().int().min(1).max(MAX_HISTORY_LIMIT).optional(),
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    message: 'is after to',
    path: ['from'],
  })

const isoSchema = z.string().refine((value) => Number.isFinite(Date.parse(value)), {
  message: 'not an ISO 8601 time',
})

export const acknowledgementSchema = z.object({
  alert_id: alertIdSchema,
  by: nameSchema,
  note: noteSchema,
  at: isoSchema,
})
export type Acknowledgement = z.output<typeof acknowledgementSchema>

export const snoozeSchema = z.object({
  alert_id: alertIdSchema,
  by: nameSchema,
  hours: hoursSchema,
  at: isoSchema,
  until: isoSchema,
})
export type Snooze = z.output<typeof snoozeSchema>

export interface AlertState {
  readonly acknowledgements: readonly Acknowledgement[]
  readonly snoozes: readonly Snooze[]
}

/** The file: versioned so a later format can migrate rather than discard. */
export const alertStateFileSchema = z.object({
  version: z.literal(1),
  acknowledgements: z.array(acknowledgementSchema),
  snoozes: z.array(snoozeSchema),
})
