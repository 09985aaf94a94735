import * as z from "zod";
import { own } from "./owned";

/** The contract version a node speaks and a client asks for in `Ghorfa-Version`. */
export const CONTRACT_VERSION = "2026-11-29";

/**
 * The versions this contract release still speaks, newest first. A node answers a request in the
 * version asked for when it is listed here, in CONTRACT_VERSION when none is asked for, and with
 * 400 unsupported-version otherwise.
 */
export const SUPPORTED_VERSIONS = [CONTRACT_VERSION] as const;

/** A contract version as written in `Ghorfa-Version`: the ISO date it was released. */
export const ContractVersion = own(
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: "Expected a contract version such as 2026-11-29" }),
  "contract versions name the HTTP API itself, not the domain",
);
export type ContractVersion = z.infer<typeof ContractVersion>;

/**
 * A version a client may ask for in `Ghorfa-Version`: one of SUPPORTED_VERSIONS, the only ones a
 * node built on this contract answers in (any other is a 400 unsupported-version).
 */
export const SupportedVersion = own(
  z.enum(SUPPORTED_VERSIONS),
  "the contract versions this release speaks, asked for in Ghorfa-Version",
);
export type SupportedVersion = z.infer<typeof SupportedVersion>;

/** Whether a node built on this contract speaks `version`. */
export function isSupportedVersion(version: string): boolean {
  return (SUPPORTED_VERSIONS as readonly string[]).includes(version);
}
