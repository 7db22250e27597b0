CREATE TABLE "alert_acknowledgements" (
	"alert_id" text PRIMARY KEY NOT NULL,
	"by" text NOT NULL,
	"note" text,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_history" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alert_history_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"alert_id" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text NOT NULL,
	"severity" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"resolved_at" timestamp with time zone,
	"changes" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_snoozes" (
	"alert_id" text PRIMARY KEY NOT NULL,
	"by" text NOT NULL,
	"hours" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"seq" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"event_id" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"occurred_at" timestamp with time zone,
	"event_type" text NOT NULL,
	"device_id" text,
	"connected_account_id" text,
	"parse_status" text NOT NULL,
	"payload" jsonb NOT NULL,
	CONSTRAINT "events_event_id_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE TABLE "inventory" (
	"kind" text NOT NULL,
	"id" text NOT NULL,
	"payload" jsonb NOT NULL,
	"position" integer NOT NULL,
	"listed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "inventory_kind_id_pk" PRIMARY KEY("kind","id")
);
--> statement-breakpoint
CREATE TABLE "meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "alert_history_alert_opened" ON "alert_history" USING btree ("alert_id","opened_at");--> statement-breakpoint
CREATE INDEX "alert_history_opened" ON "alert_history" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "alert_history_open" ON "alert_history" USING btree ("resolved_at");--> statement-breakpoint
CREATE INDEX "events_created_at" ON "events" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "events_device_created" ON "events" USING btree ("device_id","created_at");--> statement-breakpoint
CREATE INDEX "events_account_created" ON "events" USING btree ("connected_account_id","created_at");--> statement-breakpoint
CREATE INDEX "events_type_created" ON "events" USING btree ("event_type","created_at");--> statement-breakpoint
CREATE INDEX "inventory_kind_position" ON "inventory" USING btree ("kind","position");