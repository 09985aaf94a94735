import { CONTRACT_VERSION, SUPPORTED_VERSIONS } from "@ghorfa/contract";
import { ProblemError } from "./problem";

/**
 * The contract version to answer with: the one the caller asks for in `Ghorfa-Version`, the
 * current one when it asks for none; a version this node does not speak is a 400.
 */
export function negotiateVersion(asked: string | string[] | undefined): string {
  if (asked === undefined || asked === "") return CONTRACT_VERSION;
  const value = Array.isArray(asked) ? asked.join(",") : asked.trim();
  if ((SUPPORTED_VERSIONS as readonly string[]).includes(value)) return value;
  throw new ProblemError("unsupported-version");
}
