import type { Named } from "@ghorfa/schemas";
import { ChamberId } from "@ghorfa/schemas";
import * as z from "zod";
import { own } from "../owned";
import { ContractVersion } from "../version";

/** Every part of the contract a node may serve, as `/.well-known/ghorfa` names it. */
export const CAPABILITIES = [
  "directory",
  "members",
  "units",
  "leases",
  "receipts",
  "reports",
  "agreements",
  "admin",
  // labels (issue 13)
  "labels",
  // events (issue 13)
  "events",
] as const;

/** The parts of the contract a node serves; a node may host a chamber without, say, leases. */
export const Capability = own(z.enum(CAPABILITIES), "names of parts of the HTTP API a node serves");
export type Capability = z.infer<typeof Capability>;

const nodeInfoSchema = z.object({
  contractVersion: ContractVersion,
  supportedVersions: z.array(ContractVersion).min(1),
  chambers: z.array(ChamberId),
  capabilities: z.array(Capability),
});
/** The type of `NodeInfo`, named so that declarations refer to it rather than restate it. */
export interface NodeInfoSchema extends Named<typeof nodeInfoSchema> {}
/** What `/.well-known/ghorfa` says about a node, so that a federation client can find its way. */
export const NodeInfo: NodeInfoSchema = nodeInfoSchema;
export type NodeInfo = z.infer<typeof NodeInfo>;
