-- Each party chamber publishes an agreement into its own public list: the recording chamber
-- keeps the choice it had made; other parties have not consented yet.
ALTER TABLE "agreement_chambers" ADD COLUMN "published" boolean DEFAULT false NOT NULL;--> statement-breakpoint
UPDATE "agreement_chambers" SET "published" = "agreements"."published" FROM "agreements" WHERE "agreements"."id" = "agreement_chambers"."agreement_id" AND "agreements"."chamber_id" = "agreement_chambers"."chamber_id";--> statement-breakpoint
DROP INDEX "agreements_published_idx";--> statement-breakpoint
ALTER TABLE "agreements" DROP COLUMN "published";--> statement-breakpoint
CREATE INDEX "agreement_chambers_published_idx" ON "agreement_chambers" USING btree ("chamber_id","published","agreement_id");--> statement-breakpoint
-- The public directory searches what the public view shows: the full search text less the ICE,
-- which it always ended with.
ALTER TABLE "members" ADD COLUMN "public_search_text" text;--> statement-breakpoint
UPDATE "members" SET "public_search_text" = regexp_replace("search_text", ' ?[0-9]{15}$', '');--> statement-breakpoint
ALTER TABLE "members" ALTER COLUMN "public_search_text" SET NOT NULL;--> statement-breakpoint
CREATE INDEX "members_public_search_trgm_idx" ON "members" USING gin ("public_search_text" gin_trgm_ops) WITH (fastupdate=false);--> statement-breakpoint
-- A stored key that could manage keys reached every chamber: such keys are revoked, and no
-- usable stored key may carry `admin` again.
UPDATE "api_keys" SET "revoked_at" = now() WHERE "revoked_at" IS NULL AND 'admin' = any("scopes");--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_no_admin_check" CHECK ("api_keys"."revoked_at" is not null or not ('admin' = any("api_keys"."scopes")));
