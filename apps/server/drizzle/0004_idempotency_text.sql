-- A key keeps its answer's body as the JSON text that was sent, no longer wrapped in jsonb: jsonb
-- cost a parse on every keyed write for a value the node only ever sends back as it was. An answer
-- that showed a secret was kept as {"withheld": true}; it is now the status `withheld`.
ALTER TABLE "idempotency_keys" DROP CONSTRAINT "idempotency_keys_status_check";--> statement-breakpoint
UPDATE "idempotency_keys" SET "status" = 'withheld' WHERE "response_body" ? 'withheld';--> statement-breakpoint
ALTER TABLE "idempotency_keys" ALTER COLUMN "response_body" SET DATA TYPE text USING "response_body" ->> 'json';--> statement-breakpoint
ALTER TABLE "idempotency_keys" ADD CONSTRAINT "idempotency_keys_status_check" CHECK ("idempotency_keys"."status" in ('in_progress', 'done', 'withheld'));
