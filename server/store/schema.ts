// The tables Doorboard keeps, one schema for both engines (embedded PGlite and PostgreSQL).
import { sql } from 'drizzle-orm'
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' })

/**
 * Every event as served: Seam's fields with PINs removed (and oversized values cut), plus the
 * columns the API filters and pages on. `seq` is the order of ingestion, the browsers' cursor.
 */
export const events = pgTable(
  'events',
  {
    seq: bigint('seq', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    eventId: text('event_id').notNull().unique(),
    createdAt: instant('created_at').notNull(),
    occurredAt: instant('occurred_at'),
    eventType: text('event_type').notNull(),
    deviceId: text('device_id'),
    connectedAccountId: text('connected_account_id'),
    /** known, unknown (a type the catalogue lacks) or invalid (kept with its reason). */
    parseStatus: text('parse_status').notNull(),
    /**
     * The explorer's order time (server/events-api/): occurred_at, the epoch when no time could be
     * read. Newest first, ties by event_id descending (byte order), as the SPA sorts its log.
     */
    sortAt: instant('sort_at').notNull(),
    /** The catalogue's category; null only on rows stored before it was kept (filled at start). */
    category: text('category'),
    /** The catalogue's severity, refined from the payload; null: routine, no severity. */
    severity: text('severity'),
    /** The SPA's lower-cased search text without names (server/events-api/explorer-columns.ts). */
    searchText: text('search_text'),
    payload: jsonb('payload').notNull(),
  },
  (table) => [
    index('events_created_at').on(table.createdAt),
    // The explorer's keyset order; "C" so ties compare as the SPA's `<` does on any server locale.
    index('events_sort').on(table.sortAt, sql`${table.eventId} collate "C"`),
    index('events_device_sort').on(table.deviceId, table.sortAt, sql`${table.eventId} collate "C"`),
    index('events_account_sort').on(
      table.connectedAccountId,
      table.sortAt,
      sql`${table.eventId} collate "C"`,
    ),
    index('events_type_sort').on(table.eventType, table.sortAt, sql`${table.eventId} collate "C"`),
    index('events_category_sort').on(
      table.category,
      table.sortAt,
      sql`${table.eventId} collate "C"`,
    ),
  ],
)

/** Small facts that must survive a restart: the poller's cursor, the store's epoch, imports done. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: instant('updated_at')
    .notNull()
    .default(sql`now()`),
})

/** Devices and connected accounts as Seam last listed them. */
export const inventory = pgTable(
  'inventory',
  {
    kind: text('kind').notNull(),
    id: text('id').notNull(),
    payload: jsonb('payload').notNull(),
    /** Position in Seam's answer, so the list is served in the order Seam gave it. */
    position: integer('position').notNull(),
    listedAt: instant('listed_at').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.kind, table.id] }),
    index('inventory_kind_position').on(table.kind, table.position),
  ],
)

export const alertAcknowledgements = pgTable('alert_acknowledgements', {
  alertId: text('alert_id').primaryKey(),
  by: text('by').notNull(),
  note: text('note'),
  at: instant('at').notNull(),
})

export const alertSnoozes = pgTable('alert_snoozes', {
  alertId: text('alert_id').primaryKey(),
  by: text('by').notNull(),
  hours: integer('hours').notNull(),
  at: instant('at').notNull(),
  until: instant('until').notNull(),
})

/**
 * One row per alert episode: from the moment the alert opened until it resolved. What happened in
 * between (severity changes, acknowledgements, snoozes, with who and when) is in `changes`.
 */
export const alertHistory = pgTable(
  'alert_history',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    alertId: text('alert_id').notNull(),
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    severity: text('severity').notNull(),
    openedAt: instant('opened_at').notNull(),
    resolvedAt: instant('resolved_at'),
    changes: jsonb('changes')
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (table) => [
    index('alert_history_alert_opened').on(table.alertId, table.openedAt),
    index('alert_history_opened').on(table.openedAt),
    index('alert_history_open').on(table.resolvedAt),
  ],
)
