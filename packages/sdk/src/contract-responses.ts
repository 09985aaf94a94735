import { ApiKey, ApiKeyCreated, List, MemberView, NodeInfo, Page, Receipt } from "@ghorfa/contract";
import {
  Agreement,
  ArrearsReport,
  Chamber,
  LabelApplication,
  LabelScheme,
  LabelVerification,
  Lease,
  LeasePayment,
  Member,
  RentRoll,
  Unit,
} from "@ghorfa/schemas";
import type * as z from "zod";

// Generated from @ghorfa/contract by scripts/contract-table.ts (run by `npm run build`): do not
// edit. The schema of each route's success body, imported by name, so that the chunk a client
// that validates answers loads holds these schemas and not the routes' summaries, descriptions
// or examples. A test fails when it differs from the contract.

/** The schema of each route's success body; `null` when it answers with no body. */
export const SUCCESS_SCHEMAS: Record<string, z.ZodType | null> = {
  "node.info": NodeInfo,
  "chambers.list": List(Chamber),
  "chambers.get": Chamber,
  "members.list": Page(MemberView),
  "members.get": MemberView,
  "members.create": Member,
  "members.update": Member,
  "members.setStatus": Member,
  "units.list": Page(Unit),
  "units.get": Unit,
  "units.create": Unit,
  "leases.list": Page(Lease),
  "leases.get": Lease,
  "leases.create": Lease,
  "leases.update": Lease,
  "leases.setStatus": Lease,
  "leases.payments.list": Page(LeasePayment),
  "leases.payments.create": LeasePayment,
  "receipts.get": Receipt,
  "reports.rentRoll": RentRoll,
  "reports.arrears": ArrearsReport,
  "agreements.list": Page(Agreement),
  "agreements.get": Agreement,
  "agreements.create": Agreement,
  "agreements.update": Agreement,
  "agreements.setStatus": Agreement,
  "admin.keys.create": ApiKeyCreated,
  "admin.keys.list": Page(ApiKey),
  "admin.keys.revoke": null,
  "labels.schemes.list": Page(LabelScheme),
  "labels.schemes.get": LabelScheme,
  "labels.schemes.create": LabelScheme,
  "labels.applications.list": Page(LabelApplication),
  "labels.applications.get": LabelApplication,
  "labels.applications.create": LabelApplication,
  "labels.audits.create": LabelApplication,
  "labels.decisions.create": LabelApplication,
  "labels.verify": LabelVerification,
};
