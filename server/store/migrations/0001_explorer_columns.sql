DROP INDEX "events_device_created";--> statement-breakpoint
DROP INDEX "events_account_created";--> statement-breakpoint
DROP INDEX "events_type_created";--> statement-breakpoint
-- Edited by hand: rows stored before get their order time from what they have (the SPA's
-- occurredAt: occurred_at, the epoch when no time could be read), then NOT NULL. Category,
-- severity and search text need the catalogue's code: fillExplorerColumns (server/events-api/)
-- fills them at start, before the server listens.
ALTER TABLE "events" ADD COLUMN "sort_at" timestamp with time zone;--> statement-breakpoint
UPDATE "events" SET "sort_at" = coalesce("occurred_at", 'epoch'::timestamptz);--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "sort_at" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "category" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "severity" text;--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "search_text" text;--> statement-breakpoint
CREATE INDEX "events_sort" ON "events" USING btree ("sort_at","event_id" collate "C");--> statement-breakpoint
CREATE INDEX "events_device_sort" ON "events" USING btree ("device_id","sort_at","event_id" collate "C");--> statement-breakpoint
CREATE INDEX "events_account_sort" ON "events" USING btree ("connected_account_id","sort_at","event_id" collate "C");--> statement-breakpoint
CREATE INDEX "events_type_sort" ON "events" USING btree ("event_type","sort_at","event_id" collate "C");--> statement-breakpoint
CREATE INDEX "events_category_sort" ON "events" USING btree ("category","sort_at","event_id" collate "C");