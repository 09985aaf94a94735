CREATE TABLE "holiday_announcements" (
	"chamber_id" text NOT NULL,
	"date" text NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "holiday_announcements_chamber_id_date_pk" PRIMARY KEY("chamber_id","date")
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" text PRIMARY KEY NOT NULL,
	"chamber_id" text NOT NULL,
	"service_id" text NOT NULL,
	"member_id" text,
	"status" text NOT NULL,
	"submitted_on" text NOT NULL,
	"due_on" text NOT NULL,
	"delivered_on" text,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" text PRIMARY KEY NOT NULL,
	"chamber_id" text NOT NULL,
	"code" text NOT NULL,
	"active" boolean NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "holiday_announcements" ADD CONSTRAINT "holiday_announcements_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_chamber_id_id_idx" ON "service_requests" USING btree ("chamber_id","id");--> statement-breakpoint
CREATE INDEX "service_requests_service_idx" ON "service_requests" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "service_requests_member_idx" ON "service_requests" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "service_requests_chamber_submitted_idx" ON "service_requests" USING btree ("chamber_id","submitted_on");--> statement-breakpoint
CREATE INDEX "service_requests_chamber_delivered_idx" ON "service_requests" USING btree ("chamber_id","delivered_on");--> statement-breakpoint
CREATE UNIQUE INDEX "services_chamber_id_id_idx" ON "services" USING btree ("chamber_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "services_chamber_code_idx" ON "services" USING btree ("chamber_id","code");