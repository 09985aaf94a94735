import { createHash } from "node:crypto";
import type { AccessView } from "@ghorfa/contract";

/**
 * The ETag of a representation. A versioned record's tag is its version (`"3"`), the value
 * If-Match sends back; its public view is another representation, so another tag (`"3-public"`),
 * which never matches an If-Match. Representations without a version (a receipt in some
 * language, a key) are tagged by a hash of their JSON.
 */
export function etagOf(version: number | undefined, view: AccessView, json: string): string {
  if (version !== undefined) return view === "full" ? `"${version}"` : `"${version}-public"`;
  return `"${createHash("sha256").update(json).digest("base64url").slice(0, 22)}"`;
}

/** The version an If-Match names, or NaN for a tag this node would never have sent for a record. */
export function versionOfTag(tag: string): number {
  const match = /^"(\d{1,9})"$/.exec(tag);
  return match ? Number(match[1]) : Number.NaN;
}

/** Whether an If-None-Match header names `etag` (or `*`), so a GET may answer 304. */
export function matchesNoneMatch(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}
