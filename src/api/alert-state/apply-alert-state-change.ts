// One change to the alert state, applied locally: what the screen shows before the proxy answers.
import type { Instant } from '../../domain/events/parsed-event'
import type { AlertState, SnoozeHours } from './get-alert-state'

export type AlertStateChange =
  | {
      readonly kind: 'acknowledge'
      readonly alertId: string
      readonly by: string
      readonly note: string
    }
  | { readonly kind: 'unacknowledge'; readonly alertId: string }
  | {
      readonly kind: 'snooze'
      readonly alertId: string
      readonly by: string
      readonly hours: SnoozeHours
    }
  | { readonly kind: 'unsnooze'; readonly alertId: string }

const HOUR_MS = 3_600_000

/** The same rules as the proxy's store: one acknowledgement and one snooze per alert at most. */
export function applyAlertStateChange(
  state: AlertState,
  change: AlertStateChange,
  now: Instant,
): AlertState {
  const { alertId } = change
  const acknowledgements = state.acknowledgements.filter((ack) => ack.alertId !== alertId)
  const snoozes = state.snoozes.filter((snooze) => snooze.alertId !== alertId)
  switch (change.kind) {
    case 'acknowledge':
      return {
        acknowledgements: [
          ...acknowledgements,
          { alertId, by: change.by.trim(), note: change.note.trim(), at: now },
        ],
        snoozes: state.snoozes,
      }
    case 'unacknowledge':
      return { acknowledgements, snoozes: state.snoozes }
    case 'snooze':
      return {
        acknowledgements: state.acknowledgements,
        snoozes: [
          ...snoozes,
          {
            alertId,
            by: change.by.trim(),
            hours: change.hours,
            at: now,
            until: now + change.hours * HOUR_MS,
          },
        ],
      }
    case 'unsnooze':
      return { acknowledgements: state.acknowledgements, snoozes }
    default:
      return change satisfies never
  }
}
