import { CAPABILITIES, CONTRACT_VERSION, SUPPORTED_VERSIONS } from "@ghorfa/contract";
import { chambers } from "../../services";
import type { Handler } from "../handler";

export const nodeInfo: Handler<"node.info"> = async ({ db }) => {
  const hosted = await chambers.list(db);
  return {
    body: {
      contractVersion: CONTRACT_VERSION,
      supportedVersions: [...SUPPORTED_VERSIONS],
      chambers: hosted.map((chamber) => chamber.id),
      // This node serves every part of the contract, for every chamber it hosts.
      capabilities: [...CAPABILITIES],
    },
  };
};
