import * as z from "zod";
import { CHAMBER_IDS, type ChamberId } from "./chamber-id";
import { CROCKFORD, encodeBase32, encodeTime, ID_KINDS, type IdKind, idPattern } from "./global-ids";

// The id kinds and reading an id live in ./global-ids, without zod (see `@ghorfa/schemas/ids`).
export { ID_KINDS, type IdKind, idTime, parseId } from "./global-ids";

/** A schema for the ids of one kind, with its own issue message naming the expected form. */
export function idOf<K extends IdKind>(kind: K) {
  const prefix = ID_KINDS[kind];
  return z
    .string()
    .regex(idPattern(prefix), { message: `Expected a ${kind} id like ${prefix}_ma-09_<ulid>` })
    .brand<`${K}Id`>();
}

export const MemberId = idOf("member");
export type MemberId = z.infer<typeof MemberId>;
export const UnitId = idOf("unit");
export type UnitId = z.infer<typeof UnitId>;
export const LeaseId = idOf("lease");
export type LeaseId = z.infer<typeof LeaseId>;
export const PaymentId = idOf("payment");
export type PaymentId = z.infer<typeof PaymentId>;
export const AgreementId = idOf("agreement");
export type AgreementId = z.infer<typeof AgreementId>;
export const CommitmentId = idOf("commitment");
export type CommitmentId = z.infer<typeof CommitmentId>;
export const ApiKeyId = idOf("apiKey");
export type ApiKeyId = z.infer<typeof ApiKeyId>;
export const ServiceId = idOf("service");
export type ServiceId = z.infer<typeof ServiceId>;
export const ServiceRequestId = idOf("serviceRequest");
export type ServiceRequestId = z.infer<typeof ServiceRequestId>;
export const LabelSchemeId = idOf("labelScheme");
export type LabelSchemeId = z.infer<typeof LabelSchemeId>;
export const LabelApplicationId = idOf("labelApplication");
export type LabelApplicationId = z.infer<typeof LabelApplicationId>;
export const AuditId = idOf("audit");
export type AuditId = z.infer<typeof AuditId>;
export const LabelDecisionId = idOf("labelDecision");
export type LabelDecisionId = z.infer<typeof LabelDecisionId>;
export const EventId = idOf("event");
export type EventId = z.infer<typeof EventId>;
export const EventSessionId = idOf("eventSession");
export type EventSessionId = z.infer<typeof EventSessionId>;
export const RegistrationId = idOf("registration");
export type RegistrationId = z.infer<typeof RegistrationId>;
export const AccountId = idOf("account");
export type AccountId = z.infer<typeof AccountId>;

type IdOf<K extends IdKind> = z.infer<ReturnType<typeof idOf<K>>>;

function randomChars(count: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(count));
  let out = "";
  for (const byte of bytes) out += CROCKFORD.charAt(byte % 32);
  return out;
}

/** Increments a base32 string by one, so ids made within one millisecond still sort in order. */
function increment(chars: string): string {
  const digits = chars.split("");
  for (let i = digits.length - 1; i >= 0; i--) {
    const next = CROCKFORD.indexOf(digits[i] ?? "0") + 1;
    if (next < 32) {
      digits[i] = CROCKFORD.charAt(next);
      return digits.join("");
    }
    digits[i] = "0";
  }
  throw new RangeError("ULID random part overflowed within one millisecond");
}

/** The latest ULID time and random part of one sequence. */
interface Sequence {
  time: number;
  random: string;
}

// Two sequences: ids made on the clock, and ids made at a given time (imports, fixtures, a
// request's clock). Kept apart so that a given time, past or future, never moves the clock's
// sequence: it would otherwise stamp later clock ids with that time, or let them sort early.
const clock: Sequence = { time: -1, random: "" };
const given: Sequence = { time: -1, random: "" };

/** The largest time a ULID holds: 48 bits of milliseconds (year 10889). */
const MAX_ULID_TIME = 2 ** 48 - 1;

function next(sequence: Sequence, time: number): string {
  if (time === sequence.time) {
    sequence.random = increment(sequence.random);
  } else {
    sequence.time = time;
    sequence.random = randomChars(16);
  }
  return encodeTime(time) + sequence.random;
}

/**
 * A new ULID. Without `now`, monotonic within this process: ids made in one millisecond, or
 * while the clock steps back, still sort after the previous one. An explicit `now` (fixtures,
 * imports, a request's clock: milliseconds since the epoch, an integer from 0 to 2^48 - 1) is
 * taken as given: successive ids made at non-decreasing given times sort in the order they were
 * made. Throws a `RangeError` for any other `now`, rather than make an id that does not parse.
 */
export function ulid(now?: number): string {
  if (now === undefined) return next(clock, Math.max(Date.now(), clock.time));
  if (!Number.isSafeInteger(now) || now < 0 || now > MAX_ULID_TIME) {
    throw new RangeError(`A ULID time is a whole number of milliseconds from 0 to 2^48 - 1: ${now}`);
  }
  return next(given, now);
}

/**
 * A new global id of `kind`, owned by `chamberId` (see `ulid` for `now`). Throws a `TypeError`
 * for an unknown kind or chamber, so a malformed id never leaves this function.
 */
export function newId<K extends IdKind>(kind: K, chamberId: ChamberId, now?: number): IdOf<K> {
  if (!Object.hasOwn(ID_KINDS, kind)) throw new TypeError(`Not an id kind: ${String(kind)}`);
  if (!(CHAMBER_IDS as readonly string[]).includes(chamberId)) {
    throw new TypeError(`Not a chamber id: ${String(chamberId)}`);
  }
  return `${ID_KINDS[kind]}_${chamberId}_${ulid(now)}` as IdOf<K>;
}

/**
 * A global id from its parts, for ids made elsewhere (imports, other nodes). Throws a
 * `TypeError` when `ulidPart` is not a ULID, so a malformed id never leaves this function.
 */
export function makeId<K extends IdKind>(kind: K, chamberId: ChamberId, ulidPart: string): IdOf<K> {
  // Without it, an unknown kind would make "undefined_ma-09_…", which the "undefined" pattern passes.
  if (!Object.hasOwn(ID_KINDS, kind)) throw new TypeError(`Not an id kind: ${String(kind)}`);
  const id = `${ID_KINDS[kind]}_${chamberId}_${ulidPart}`;
  if (!idPattern(ID_KINDS[kind]).test(id)) throw new TypeError(`Not a ULID: ${ulidPart}`);
  return id as IdOf<K>;
}

/** The time every fixture id carries (the Agadir meeting of the source document), plus `n` ms. */
export const FIXTURE_TIME = Date.UTC(2026, 0, 30, 9, 0, 0);

/**
 * The `n`-th fixture id of `kind` and `chamberId`: the same on every import and in every process,
 * so fixtures can refer to each other and tests can compare them. Ids sort by `n`.
 */
export function fixtureId<K extends IdKind>(kind: K, chamberId: ChamberId, n: number): IdOf<K> {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Fixture number must be a natural: ${n}`);
  // The random part repeats `n` so two fixtures never share an id, whatever their time.
  return makeId(kind, chamberId, encodeTime(FIXTURE_TIME + n) + encodeBase32(n, 16));
}
