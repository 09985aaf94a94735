import { CHAMBER_IDS } from "./chamber-codes";
import type { ChamberId } from "./chamber-id";

// Without zod, so that `@ghorfa/schemas/ids` reads ids without the schemas (see ./index.ts).

/**
 * Global ids: `<kind>_<chamberId>_<ulid>`, for example `mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D`.
 * - `kind` says what the record is (see ID_KINDS), so an id pasted in the wrong place fails fast;
 * - `chamberId` is the owning chamber, so records from twelve nodes merge without collisions;
 * - the ULID (Crockford base32, 48-bit millisecond time then 80 random bits) sorts by creation,
 *   so ids of one kind and chamber sort in creation order, and `idTime` orders across chambers.
 */
export const ID_KINDS = {
  member: "mem",
  unit: "unt",
  lease: "lse",
  payment: "pay",
  agreement: "agr",
  commitment: "cmt",
  apiKey: "key",
  service: "svc",
  serviceRequest: "srq",
  labelScheme: "lsc",
  labelApplication: "lap",
  audit: "aud",
  labelDecision: "ldc",
  event: "evt",
  eventSession: "ses",
  registration: "reg",
  // sign-in (issue 15)
  account: "acc",
} as const;
export type IdKind = keyof typeof ID_KINDS;

export const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const ULID_PATTERN = "[0-7][0-9A-HJKMNP-TV-Z]{25}";
const CHAMBER_PATTERN = CHAMBER_IDS.join("|");

export const idPattern = (prefix: string) => new RegExp(`^${prefix}_(${CHAMBER_PATTERN})_${ULID_PATTERN}$`);

export function encodeBase32(value: number, width: number): string {
  let out = "";
  let rest = value;
  for (let i = 0; i < width; i++) {
    out = CROCKFORD.charAt(rest % 32) + out;
    rest = Math.floor(rest / 32);
  }
  return out;
}

export const encodeTime = (ms: number): string => encodeBase32(ms, 10);

/** The parts of a global id, or `undefined` when `id` is not one. */
export function parseId(id: string): { kind: IdKind; chamberId: ChamberId; ulid: string } | undefined {
  const match = /^([a-z]{3})_(ma-\d\d)_([0-9A-Z]{26})$/.exec(id);
  if (!match) return undefined;
  const [, prefix, chamberId, ulidPart] = match;
  const kind = (Object.keys(ID_KINDS) as IdKind[]).find((k) => ID_KINDS[k] === prefix);
  if (!kind || !idPattern(prefix as string).test(id)) return undefined;
  return { kind, chamberId: chamberId as ChamberId, ulid: ulidPart as string };
}

/** The creation time, in milliseconds since the epoch, carried by a global id. */
export function idTime(id: string): number {
  const parts = parseId(id);
  if (!parts) throw new TypeError(`Not a Ghorfa id: ${id}`);
  let ms = 0;
  for (const char of parts.ulid.slice(0, 10)) ms = ms * 32 + CROCKFORD.indexOf(char);
  return ms;
}
