CREATE TABLE "label_applications" (
	"id" text PRIMARY KEY NOT NULL,
	"chamber_id" text NOT NULL,
	"scheme_id" text NOT NULL,
	"scheme_code" text NOT NULL,
	"member_id" text NOT NULL,
	"category" text NOT NULL,
	"last_decision" text,
	"has_audit" boolean NOT NULL,
	"valid_until" text,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "label_numbers" (
	"chamber_id" text NOT NULL,
	"number" text NOT NULL,
	"application_id" text NOT NULL,
	CONSTRAINT "label_numbers_chamber_id_number_pk" PRIMARY KEY("chamber_id","number")
);
--> statement-breakpoint
CREATE TABLE "label_schemes" (
	"id" text PRIMARY KEY NOT NULL,
	"chamber_id" text NOT NULL,
	"code" text NOT NULL,
	"data" jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "label_applications" ADD CONSTRAINT "label_applications_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_applications" ADD CONSTRAINT "label_applications_scheme_id_label_schemes_id_fk" FOREIGN KEY ("scheme_id") REFERENCES "public"."label_schemes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_applications" ADD CONSTRAINT "label_applications_member_id_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."members"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_numbers" ADD CONSTRAINT "label_numbers_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_numbers" ADD CONSTRAINT "label_numbers_application_id_label_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."label_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label_schemes" ADD CONSTRAINT "label_schemes_chamber_id_chambers_id_fk" FOREIGN KEY ("chamber_id") REFERENCES "public"."chambers"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "label_applications_chamber_id_id_idx" ON "label_applications" USING btree ("chamber_id","id");--> statement-breakpoint
CREATE INDEX "label_applications_member_idx" ON "label_applications" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "label_applications_holders_idx" ON "label_applications" USING btree ("chamber_id","scheme_code","valid_until","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "label_schemes_chamber_code_idx" ON "label_schemes" USING btree ("chamber_id","code");--> statement-breakpoint
CREATE UNIQUE INDEX "label_schemes_chamber_id_id_idx" ON "label_schemes" USING btree ("chamber_id","id");