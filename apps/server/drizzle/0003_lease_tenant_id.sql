-- A lease's tenant is `tenantId` from the contract to the database. Renamed in place, the
-- foreign key and the index too: dropping and re-adding them would check and rebuild every lease.
ALTER TABLE "leases" RENAME COLUMN "member_id" TO "tenant_id";--> statement-breakpoint
ALTER TABLE "leases" RENAME CONSTRAINT "leases_member_id_members_id_fk" TO "leases_tenant_id_members_id_fk";--> statement-breakpoint
ALTER INDEX "leases_member_idx" RENAME TO "leases_tenant_idx";
