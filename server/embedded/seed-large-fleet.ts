// FLEET=large: adds the synthetic 5,000-device fleet (and part of its history) to the embedded fake.
import type { Fake } from '@seamapi/fake-seam-connect'
import type { Instant } from '../../src/domain/events/parsed-event'
import { addAccount, addDevice } from './fake-store'
import { generateLargeFleet } from './large-fleet'

/**
 * The fake's addEvent copies its whole event list per event (quadratic), and its /events/list
 * answers the first poll with every event at once, so the fake gets 50,000 of the generated
 * 200,000 events; the benchmark (`npm run bench`) works on all 200,000 without the fake.
 */
export const LARGE_FLEET_FAKE_EVENTS = 50_000

/** 200,000 events over six days is about 23 a minute. */
export const LARGE_FLEET_EVENTS_PER_MINUTE = 23

export interface SeedLargeFleetOptions {
  readonly fake: Fake
  readonly workspaceId: string
  readonly now: Instant
  readonly events?: number
}

export async function seedLargeFleet(options: SeedLargeFleetOptions): Promise<void> {
  const { fake, workspaceId } = options
  const fleet = generateLargeFleet({
    end: options.now,
    events: options.events ?? LARGE_FLEET_FAKE_EVENTS,
    workspaceId,
  })
  for (const account of fleet.accounts) {
    addAccount(fake.database, {
      connected_account_id: account.connected_account_id,
      workspace_id: workspaceId,
      provider: account.provider,
      display_name: account.display_name,
      email: `${account.provider}@large-fleet.example`,
      account_type_display_name: account.account_type_display_name ?? account.provider,
      created_at: account.created_at,
      custom_metadata: account.custom_metadata,
    })
  }
  for (const device of fleet.devices) addDevice(fake.database, device)
  // One state update for all events instead of one copy of the list per event.
  const state = await fake.toJSON()
  await fake.loadJSON({
    ...state,
    events: [
      ...state.events,
      ...(fleet.events as unknown as typeof state.events), // Seam-shaped; the fake stores any event
    ],
  })
}

export interface LargeFleetActivityOptions {
  readonly fake: Fake
  readonly workspaceId: string
  readonly now: () => Instant
  readonly eventsPerMinute: number
}

const ACTIVITY_SPAN_MS = 2 * 3_600_000
const ACTIVITY_TICK_MS = 1_000

/**
 * Live events for the large fleet: the next two hours are generated up front (same devices, a
 * different seed) and each second's share is handed to the fake in one state update.
 */
export function startLargeFleetActivity(options: LargeFleetActivityOptions): () => void {
  const start = options.now()
  const upcoming = generateLargeFleet({
    seed: 77,
    end: start + ACTIVITY_SPAN_MS,
    spanMs: ACTIVITY_SPAN_MS,
    events: Math.max(1, Math.round((options.eventsPerMinute * ACTIVITY_SPAN_MS) / 60_000)),
    workspaceId: options.workspaceId,
  }).events
  let next = 0
  const timer = setInterval(() => {
    const now = options.now()
    const due: unknown[] = []
    while (next < upcoming.length && Date.parse(upcoming[next]?.created_at as string) <= now) {
      due.push(upcoming[next++])
    }
    if (due.length === 0) return
    void options.fake.toJSON().then((state) =>
      options.fake.loadJSON({
        ...state,
        events: [...state.events, ...(due as unknown as typeof state.events)],
      }),
    )
  }, ACTIVITY_TICK_MS)
  timer.unref()
  return () => clearInterval(timer)
}
