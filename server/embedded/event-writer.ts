// Writes Seam-shaped events into the fake's store: envelope, metadata and issues as the docs show.
import { EVENT_PAYLOAD_FIELDS } from '../../src/domain/events/event-schemas'
import type { KnownEventType } from '../../src/domain/events/event-types'
import type { Instant } from '../../src/domain/events/parsed-event'
import type { FakeDatabase, StoreIssue } from './fake-store'
import { addEvent, findAccount, findDevice } from './fake-store'
import type { Random } from './seeded-random'

export type EventFields = Readonly<Record<string, unknown>>

export interface EventWriter {
  /**
   * An event about a device: its account, both custom metadata objects and, where the type's
   * documented payload has them, the current device and account errors and warnings are added.
   */
  device(type: KnownEventType, deviceId: string, at: Instant, fields?: EventFields): void
  /** An event about a connected account. */
  account(type: KnownEventType, accountId: string, at: Instant, fields?: EventFields): void
  /** An event about neither (a Connect Webview login that failed before any account existed). */
  workspace(type: KnownEventType, at: Instant, fields?: EventFields): void
}

export interface EventWriterOptions {
  database: FakeDatabase
  workspaceId: string
  random: Random
}

// Seam sometimes records an event a few seconds after it happened (a hub relaying it late).
const LAG_PROBABILITY = 0.15
const MAX_LAG_MS = 6_000

export function createEventWriter(options: EventWriterOptions): EventWriter {
  const { database, workspaceId, random } = options
  let lastCreatedAt = Number.NEGATIVE_INFINITY

  const write = (type: KnownEventType, at: Instant, subject: EventFields, fields: EventFields) => {
    // The proxy reads with `since` on created_at, so created_at never goes backwards.
    const createdAt = Math.max(at, lastCreatedAt)
    lastCreatedAt = createdAt
    const lag = random.chance(LAG_PROBABILITY) ? Math.round(random.between(300, MAX_LAG_MS)) : 0
    addEvent(database, {
      event_id: random.uuid(),
      event_type: type,
      workspace_id: workspaceId,
      created_at: new Date(createdAt).toISOString(),
      occurred_at: new Date(createdAt - lag).toISOString(),
      ...subject,
      ...fields,
    })
  }

  const accountFields = (type: KnownEventType, accountId: string | undefined): EventFields => {
    const account = accountId === undefined ? undefined : findAccount(database, accountId)
    if (account === undefined) return {}
    const wanted = issueKeys(type)
    return {
      connected_account_id: account.connected_account_id,
      connected_account_custom_metadata: account.custom_metadata,
      ...(wanted.has('connected_account_errors')
        ? { connected_account_errors: toEventIssues(account.errors) }
        : {}),
      ...(wanted.has('connected_account_warnings')
        ? { connected_account_warnings: toEventIssues(account.warnings) }
        : {}),
    }
  }

  return {
    device(type, deviceId, at, fields = {}) {
      const device = findDevice(database, deviceId)
      if (device === undefined) throw new Error(`No device ${deviceId} to write ${type} for`)
      const wanted = issueKeys(type)
      write(
        type,
        at,
        {
          ...accountFields(type, device.connected_account_id),
          device_id: device.device_id,
          device_custom_metadata: device.custom_metadata,
          ...(wanted.has('device_errors') ? { device_errors: toEventIssues(device.errors) } : {}),
          ...(wanted.has('device_warnings')
            ? { device_warnings: toEventIssues(device.warnings) }
            : {}),
        },
        fields,
      )
    },
    account(type, accountId, at, fields = {}) {
      if (findAccount(database, accountId) === undefined) {
        throw new Error(`No connected account ${accountId} to write ${type} for`)
      }
      write(type, at, accountFields(type, accountId), fields)
    },
    workspace(type, at, fields = {}) {
      write(type, at, {}, fields)
    },
  }
}

const issueKeyCache = new Map<KnownEventType, ReadonlySet<string>>()

/** The `*_errors` / `*_warnings` keys the type's documented payload carries. */
function issueKeys(type: KnownEventType): ReadonlySet<string> {
  let keys = issueKeyCache.get(type)
  if (keys === undefined) {
    const fields = EVENT_PAYLOAD_FIELDS[type].filter((field) => field.kind === 'issues')
    keys = new Set(fields.map((field) => field.key))
    issueKeyCache.set(type, keys)
  }
  return keys
}

function toEventIssues(issues: readonly StoreIssue[]): StoreIssue[] {
  return issues.map((issue) => ({ ...issue }))
}
