import type { CheckContext, Exchange } from "./context";
import { described, exampleBody } from "./records";

/**
 * Records a check makes for itself: the document's example bodies, made unique (a fresh ICE and
 * RC number, fresh codes) and tagged with the run's tag, so that they never meet a chamber's own
 * records and an operator can find them afterwards.
 */

/** The ICE's control pair: 97 minus the rest of the 13 digits followed by "00", modulo 97. */
export function completeIce(first13: string): string {
  if (!/^[0-9]{13}$/.test(first13)) throw new RangeError(`Expected 13 digits, got "${first13}"`);
  return first13 + String((97 - mod97(`${first13}00`)) % 97).padStart(2, "0");
}

export function isValidIce(ice: string): boolean {
  return /^[0-9]{15}$/.test(ice) && mod97(ice) === 0;
}

// Digit by digit, since 15 digits pass what a double holds exactly.
function mod97(digits: string): number {
  let rest = 0;
  for (const digit of digits) rest = (rest * 10 + Number(digit)) % 97;
  return rest;
}

function randomDigits(count: number): string {
  let digits = "";
  for (let i = 0; i < count; i++) digits += Math.floor(Math.random() * 10).toString();
  return digits;
}

/** An ICE no chamber is likely to hold, with a valid control pair. */
export function freshIce(): string {
  return completeIce(randomDigits(13));
}

/** A registre de commerce number (1 to 7 digits) not starting with 0. */
export function freshRcNumber(): string {
  return `${1 + Math.floor(Math.random() * 9)}${randomDigits(6)}`;
}

let codeSequence = 0;

/**
 * A code unique to this run (`GHC-` and the run tag's letters, then a counter), in the upper
 * case the service codes ask for, short enough for every code field of the contract.
 */
export function uniqueCode(context: CheckContext): string {
  codeSequence += 1;
  return `GHC-${context.runTag.slice(4).toUpperCase()}-${codeSequence.toString(36).toUpperCase()}`;
}

/** A copy of a JSON value, so that a check never changes the document's examples. */
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

type Body = Record<string, unknown>;

function example(context: CheckContext, operationId: string): Body {
  const body = exampleBody(context, context.operation(operationId));
  if (body === null || typeof body !== "object") {
    throw new Error(`the document shows no example body for ${operationId}`);
  }
  return copy(body as Body);
}

/** A new member's body: the example's, with a fresh ICE and RC number and a tagged name. */
export function newMemberBody(context: CheckContext): Body {
  const body = example(context, "members.create");
  body.legalName = context.tagged("Conformance member");
  const identifiers = (body.identifiers ?? {}) as Body;
  identifiers.ice = freshIce();
  if (identifiers.rc && typeof identifiers.rc === "object") (identifiers.rc as Body).number = freshRcNumber();
  body.identifiers = identifiers;
  // Labels name a scheme of the example's chamber, which the chamber under test may not have.
  if (Array.isArray(body.labels)) body.labels = [];
  const address = body.address as Body | undefined;
  if (address && typeof address.region === "string") address.region = context.chamber;
  return body;
}

export function newUnitBody(context: CheckContext): Body {
  const body = example(context, "units.create");
  body.code = uniqueCode(context);
  return body;
}

export function newServiceBody(context: CheckContext): Body {
  const body = example(context, "services.create");
  body.code = uniqueCode(context);
  const names = body.names as Body | undefined;
  if (names)
    for (const language of Object.keys(names)) names[language] = context.tagged(String(names[language]));
  return body;
}

export function newAgreementBody(context: CheckContext): Body {
  const body = example(context, "agreements.create");
  body.reference = context.tagged(uniqueCode(context));
  return body;
}

export function newEventBody(context: CheckContext): Body {
  const body = example(context, "events.create");
  const names = body.names as Body | undefined;
  if (names)
    for (const language of Object.keys(names)) names[language] = context.tagged(String(names[language]));
  return inTheFuture(body);
}

/**
 * The example event moved by whole years until it starts at least two months ahead, its
 * registration open since yesterday: the example's dates pass, and a past event takes no change.
 */
function inTheFuture(body: Body): Body {
  const start = (body.dates as { start?: unknown } | undefined)?.start;
  if (typeof start !== "string") return body;
  const soon = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
  let years = 0;
  while (`${Number(start.slice(0, 4)) + years}${start.slice(4)}` < soon) years += 1;
  const shifted = JSON.parse(
    JSON.stringify(body).replace(
      /"(\d{4})(-\d{2}-\d{2})/g,
      (_, year: string, rest: string) => `"${Number(year) + years}${rest}`,
    ),
  ) as Body;
  const registration = shifted.registration as Body | undefined;
  if (registration && typeof registration.opens === "string") {
    registration.opens = `${new Date(Date.now() - 86_400_000).toISOString().slice(0, 19)}Z`;
  }
  return shifted;
}

/** A lease of `unitId` to `tenantId`, from `start`, on the example's terms. */
export function newLeaseBody(
  context: CheckContext,
  terms: { readonly tenantId: string; readonly unitId: string; readonly start: string },
): Body {
  return { ...example(context, "leases.create"), ...terms };
}

/** A record the check made: its id, its path (from Location) and the answer. */
export interface Created {
  readonly id: string;
  readonly path: string;
  readonly exchange: Exchange;
  readonly record: Body;
}

/**
 * Creates a record through `operationId` with a fresh Idempotency-Key, notes it as written, and
 * gives it back; throws (a broken check, which the run reports) when the node refuses it, since
 * every later step needs it.
 */
export async function createRecord(
  context: CheckContext,
  operationId: string,
  body: unknown,
  params: Readonly<Record<string, string>> = {},
): Promise<Created> {
  const operation = context.operation(operationId);
  const exchange = await context.call(operation.method, context.path(operation.path, params), {
    headers: { "idempotency-key": context.idempotencyKey() },
    body,
  });
  const record = exchange.json as Body | undefined;
  if (exchange.response.status !== 201 || typeof record?.id !== "string") {
    throw new Error(
      `${operationId} of a valid example body answered ${described(exchange)}: ${exchange.response.body.slice(0, 300)}`,
    );
  }
  const path = recordPath(context, exchange, operation.path, params, record.id);
  context.wrote(operation.method, path);
  return { id: record.id, path, exchange, record };
}

/** The record's path: its Location when the node gives one, else the collection's path and its id. */
export function recordPath(
  context: CheckContext,
  exchange: Exchange,
  collection: string,
  params: Readonly<Record<string, string>>,
  id: string,
): string {
  const location = exchange.response.headers.location;
  if (location) {
    // The calls add the base URL, which may carry a path of its own.
    const base = new URL(context.baseUrl).pathname.replace(/\/+$/, "");
    const pathname = new URL(location, `${context.baseUrl}/`).pathname;
    return base !== "" && pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : pathname;
  }
  return `${context.path(collection, params)}/${encodeURIComponent(id)}`;
}

export function createMember(context: CheckContext): Promise<Created> {
  return createRecord(context, "members.create", newMemberBody(context));
}

export function createUnit(context: CheckContext): Promise<Created> {
  return createRecord(context, "units.create", newUnitBody(context));
}

export function createService(context: CheckContext): Promise<Created> {
  return createRecord(context, "services.create", newServiceBody(context));
}

export function createAgreement(context: CheckContext): Promise<Created> {
  return createRecord(context, "agreements.create", newAgreementBody(context));
}

export function createEvent(context: CheckContext): Promise<Created> {
  return createRecord(context, "events.create", newEventBody(context));
}

/** Today's date (UTC) as `YYYY-MM-DD`. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * A running lease of the run: a new member renting a new unit from the first day of this month,
 * moved from draft to active (only a lease in force owes rent and takes payments).
 */
export async function createActiveLease(
  context: CheckContext,
): Promise<{ readonly member: Created; readonly unit: Created; readonly lease: Created }> {
  const [member, unit] = await Promise.all([createMember(context), createUnit(context)]);
  const lease = await createRecord(
    context,
    "leases.create",
    newLeaseBody(context, { tenantId: member.id, unitId: unit.id, start: `${today().slice(0, 7)}-01` }),
  );
  const status = context.operation("leases.setStatus");
  const activated = await context.call(status.method, context.path(status.path, { leaseId: lease.id }), {
    headers: {
      "idempotency-key": context.idempotencyKey(),
      ...(lease.exchange.response.headers.etag ? { "if-match": lease.exchange.response.headers.etag } : {}),
    },
    body: { status: "active" },
  });
  if (activated.response.status !== 200) {
    throw new Error(`leases.setStatus to active of a new lease answered ${described(activated)}`);
  }
  return { member, unit, lease };
}
