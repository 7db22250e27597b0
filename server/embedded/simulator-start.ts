// How the embedded fake's history ends (SIMULATOR_START): as the simulator left it, or mid hub outage.
import type { Instant } from '../../src/domain/events/parsed-event'
import type { ForcedHubOutage } from './scenarios/connectivity'

/**
 * - normal: the history is whatever the seeded simulator wrote.
 * - hub-outage: the history ends with the Harbor View hub and its 6 locks offline for the last
 *   15 minutes, long past the dashboard's 10-minute grace period, so the hub incident shows the
 *   moment a browser opens (a demo of it, and the e2e test of it); they come back 15 minutes
 *   into the live run.
 */
export const SIMULATOR_STARTS = ['normal', 'hub-outage'] as const
export type SimulatorStart = (typeof SIMULATOR_STARTS)[number]

const MINUTE = 60_000
/** How long the hub has been down when the history ends. */
export const IN_PROGRESS_OUTAGE_AGE_MS = 15 * MINUTE
/** How long it stays down once the live run starts. */
export const IN_PROGRESS_OUTAGE_REMAINING_MS = 15 * MINUTE

/** The hub outage to force for a history ending at `historyEnd`, if the start asks for one. */
export function forcedHubOutageFor(
  start: SimulatorStart,
  historyEnd: Instant,
): ForcedHubOutage | undefined {
  switch (start) {
    case 'normal':
      return undefined
    case 'hub-outage':
      return {
        from: historyEnd - IN_PROGRESS_OUTAGE_AGE_MS,
        until: historyEnd + IN_PROGRESS_OUTAGE_REMAINING_MS,
      }
    default:
      return start satisfies never
  }
}
