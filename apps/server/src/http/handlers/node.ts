import { type Capability, CONTRACT_VERSION, SUPPORTED_VERSIONS } from "@ghorfa/contract";
import { chambers } from "../../services";
import type { Handler } from "../handler";

/** Every part of the contract this node serves, for every chamber it hosts. */
const CAPABILITIES: Capability[] = [
  "directory",
  "members",
  "units",
  "leases",
  "receipts",
  "reports",
  "agreements",
  "admin",
];

export const nodeInfo: Handler<"node.info"> = async ({ db }) => {
  const hosted = await chambers.list(db);
  return {
    body: {
      contractVersion: CONTRACT_VERSION,
      supportedVersions: [...SUPPORTED_VERSIONS],
      chambers: hosted.map((chamber) => chamber.id),
      capabilities: CAPABILITIES,
    },
  };
};

export const chambersList: Handler<"chambers.list"> = async ({ db }) => ({
  body: { items: await chambers.list(db) },
});

export const chambersGet: Handler<"chambers.get"> = async ({ db, input }) => {
  const { entity, version } = await chambers.get(db, input.params.chamberId);
  return { body: entity, version };
};
