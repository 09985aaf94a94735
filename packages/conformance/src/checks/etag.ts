import type { Operation } from "../document";
import type { Check, CheckContext, Exchange } from "./context";
import {
  createAgreement,
  createEvent,
  createMember,
  createRecord,
  createService,
  createUnit,
  newLeaseBody,
  today,
  uniqueCode,
} from "./fixtures";
import { described, exampleBody, isProblem } from "./records";

/** An operation that takes If-Match, and where its record is read. */
export interface ConditionalOperation {
  readonly operation: Operation;
  /** The template of the record's read: the operation's own path, or its parent's (`…/status`). */
  readonly record: string;
  /** Its If-Match is `required` (the document's `IfMatchRequired`). */
  readonly required: boolean;
}

/** Every operation of the document with an If-Match header parameter whose record can be read. */
export function conditionalOperations(operations: readonly Operation[]): ConditionalOperation[] {
  const readable = (template: string) =>
    operations.some((operation) => operation.method === "GET" && operation.path === template);
  const found: ConditionalOperation[] = [];
  for (const operation of operations) {
    const ifMatch = operation.parameters.find(
      (parameter) => parameter.in === "header" && parameter.name.toLowerCase() === "if-match",
    );
    if (!ifMatch) continue;
    const parent = operation.path.slice(0, operation.path.lastIndexOf("/"));
    const record = readable(operation.path) ? operation.path : readable(parent) ? parent : undefined;
    if (record === undefined) continue;
    found.push({ operation, record, required: ifMatch.required === true });
  }
  return found;
}

type Params = Record<string, string>;

/** Whether the kit can make a record of the run for this record template. */
export function canMakeRecord(template: string): boolean {
  return template in MAKERS;
}

/** A record's parameters, and bodies of operations on it where the example's cannot serve. */
interface Made {
  readonly params: Params;
  readonly bodies?: Readonly<Record<string, unknown>>;
}

/**
 * Makers of a fresh record of the run for a record's path template, giving the template's
 * parameters. A template with none is one the kit cannot make a record for (yet): its operations
 * are named in the check's skip note rather than tried on a chamber's own records.
 */
const MAKERS: Readonly<Record<string, (context: CheckContext) => Promise<Params | Made>>> = {
  "/chambers/{chamberId}/members/{memberId}": async (context) => ({
    memberId: (await createMember(context)).id,
  }),
  "/chambers/{chamberId}/agreements/{agreementId}": async (context) => ({
    agreementId: (await createAgreement(context)).id,
  }),
  "/chambers/{chamberId}/services/{serviceId}": async (context) => ({
    serviceId: (await createService(context)).id,
  }),
  "/chambers/{chamberId}/events/{eventId}": async (context) => ({
    eventId: (await createEvent(context)).id,
  }),
  "/chambers/{chamberId}/leases/{leaseId}": async (context) => {
    const [member, unit] = await Promise.all([createMember(context), createUnit(context)]);
    const start = `${today().slice(0, 7)}-01`;
    const lease = await createRecord(
      context,
      "leases.create",
      newLeaseBody(context, { tenantId: member.id, unitId: unit.id, start }),
    );
    return { leaseId: lease.id };
  },
  "/chambers/{chamberId}/service-requests/{requestId}": async (context) => {
    const [member, service] = await Promise.all([createMember(context), createService(context)]);
    const body = {
      ...(exampleBody(context, context.operation("serviceRequests.create")) as object),
      serviceId: service.id,
      memberId: member.id,
      // The example service's fee is a share of the declared value, which the request then owes.
      declaredValue: { amount: 1_000_000, currency: "MAD" },
    };
    return { requestId: (await createRecord(context, "serviceRequests.create", body)).id };
  },
  "/chambers/{chamberId}/events/{eventId}/registrations/{registrationId}": async (context) => {
    const event = await createEvent(context);
    // Only a published event takes registrations.
    const published = await context.call("POST", `${event.path}/status`, {
      headers: { "idempotency-key": context.idempotencyKey() },
      body: { status: "published" },
    });
    if (!succeeded(published)) throw new Error(`publishing an event answered ${described(published)}`);
    const example = exampleBody(context, context.operation("registrations.create")) as {
      participant?: { person?: Record<string, unknown> };
    };
    const person = example.participant?.person;
    if (person) {
      person.name = context.tagged("Conformance participant");
      person.email = `${context.runTag}-${Date.now().toString(36)}@conformance.example`;
    }
    const registration = await createRecord(context, "registrations.create", example, {
      eventId: event.id,
    });
    return { eventId: event.id, registrationId: registration.id };
  },
  "/chambers/{chamberId}/label-applications/{applicationId}": async (context) => {
    const schemeBody = exampleBody(context, context.operation("labels.schemes.create")) as Record<
      string,
      unknown
    >;
    const names = schemeBody.names as Record<string, unknown> | undefined;
    if (names)
      for (const language of Object.keys(names)) names[language] = context.tagged(String(names[language]));
    const [member, scheme] = await Promise.all([
      createMember(context),
      createRecord(context, "labels.schemes.create", {
        ...schemeBody,
        code: uniqueCode(context).toLowerCase(),
      }),
    ]);
    const application = await createRecord(context, "labels.applications.create", {
      ...(exampleBody(context, context.operation("labels.applications.create")) as object),
      schemeId: scheme.id,
      memberId: member.id,
    });
    // An audit made today: the example's date may be older than the application, or too old.
    const audit = {
      ...(exampleBody(context, context.operation("labels.audits.create")) as object),
      date: today(),
    };
    const audited = await context.call("POST", `${application.path}/audits`, {
      headers: {
        "idempotency-key": context.idempotencyKey(),
        ...(application.exchange.response.headers.etag
          ? { "if-match": application.exchange.response.headers.etag }
          : {}),
      },
      body: audit,
    });
    const audits = (audited.json as { audits?: { id?: unknown }[] } | undefined)?.audits ?? [];
    const auditId = audits[audits.length - 1]?.id;
    if (audited.response.status !== 201 || typeof auditId !== "string") {
      throw new Error(`labels.audits.create of a new application answered ${described(audited)}`);
    }
    const decision = exampleBody(context, context.operation("labels.decisions.create")) as object;
    return {
      params: { applicationId: application.id },
      bodies: {
        "labels.audits.create": audit,
        "labels.decisions.create": { ...decision, date: today(), auditId },
      },
    };
  },
};

/** A record made for one conditional operation, read back with its ETag. */
interface Target {
  readonly conditional: ConditionalOperation;
  readonly path: string;
  readonly recordPath: string;
  /** The body of the change, when the example's cannot serve. */
  readonly body?: unknown;
}

async function targetsOf(
  context: CheckContext,
  filter: (conditional: ConditionalOperation) => boolean,
): Promise<{ targets: Target[]; uncovered: string[] }> {
  const targets: Target[] = [];
  const uncovered: string[] = [];
  for (const conditional of conditionalOperations(context.operations).filter(filter)) {
    const make = MAKERS[conditional.record];
    if (!make) {
      uncovered.push(conditional.operation.id);
      continue;
    }
    const made = await make(context);
    const { params, bodies } =
      "params" in made ? (made as Made) : { params: made as Params, bodies: undefined };
    const body = bodies?.[conditional.operation.id];
    targets.push({
      conditional,
      path: context.path(conditional.operation.path, params),
      recordPath: context.path(conditional.record, params),
      ...(body === undefined ? {} : { body }),
    });
  }
  return { targets, uncovered };
}

/**
 * Sends the operation with `ifMatch` (none when `undefined`) and the document's example body; a
 * status move the record's state refuses (409 with the `allowed` moves, as the contract's
 * transitions say) is tried again with each allowed move, so that the change can succeed.
 */
async function change(context: CheckContext, target: Target, ifMatch: string | undefined): Promise<Exchange> {
  const { operation } = target.conditional;
  const send = (body: unknown) =>
    context.call(operation.method, target.path, {
      headers: {
        "idempotency-key": context.idempotencyKey(),
        ...(ifMatch === undefined ? {} : { "if-match": ifMatch }),
      },
      ...(operation.requestBody ? { body } : {}),
    });
  const first = await send(target.body ?? exampleBody(context, operation) ?? {});
  const allowed = (first.json as { allowed?: unknown } | undefined)?.allowed;
  if (first.response.status !== 409 || !Array.isArray(allowed)) return first;
  let last = first;
  for (const move of allowed) {
    const status = typeof move === "string" ? move : (move as { status?: unknown } | null)?.status;
    if (typeof status !== "string") continue;
    last = await send({ status, reason: context.tagged("Conformance check") });
    if (last.response.status < 300) return last;
  }
  return last;
}

const succeeded = (exchange: Exchange) => exchange.response.status >= 200 && exchange.response.status < 300;
const etagOf = (exchange: Exchange) => exchange.response.headers.etag;

function uncoveredNote(uncovered: readonly string[]): string {
  return `no record of the run could be made for ${uncovered.join(", ")}`;
}

/** GH-ETAG-001: the record of every conditional operation answers an ETag, which a change moves. */
const etagChanges: Check = {
  requirement: "GH-ETAG-001",
  name: "a record's ETag changes with it",
  writes: true,
  async run(context) {
    const { targets, uncovered } = await targetsOf(context, () => true);
    for (const target of targets) {
      const id = target.conditional.operation.id;
      const before = await context.call("GET", target.recordPath);
      const etag = etagOf(before);
      if (before.response.status !== 200 || etag === undefined) {
        context.fail(
          before,
          `the record ${id} changes answers 200 with an ETag`,
          `${described(before)}, ETag ${etag ?? "absent"}`,
        );
        continue;
      }
      const changed = await change(context, target, etag);
      if (!succeeded(changed)) {
        context.fail(
          changed,
          `${id} with the record's current ETag as If-Match succeeds`,
          described(changed),
        );
        continue;
      }
      const after = await context.call("GET", target.recordPath);
      if (etagOf(after) === undefined || etagOf(after) === etag) {
        context.fail(
          after,
          `after ${id} succeeded, the record's ETag is no longer ${etag}`,
          `ETag ${etagOf(after) ?? "absent"}`,
        );
      }
    }
    return uncovered.length > 0 && targets.length === 0 ? { skipped: uncoveredNote(uncovered) } : undefined;
  },
};

/** GH-ETAG-002: an If-Match of an earlier state is refused with 412, and the record is unchanged. */
const staleIfMatch: Check = {
  requirement: "GH-ETAG-002",
  name: "a stale If-Match is refused with 412",
  writes: true,
  async run(context) {
    const { targets, uncovered } = await targetsOf(context, () => true);
    for (const target of targets) {
      const id = target.conditional.operation.id;
      const first = await context.call("GET", target.recordPath);
      const stale = etagOf(first);
      if (stale === undefined) continue; // GH-ETAG-001 says so
      const changed = await change(context, target, stale);
      if (!succeeded(changed)) continue; // GH-ETAG-001 says so
      const current = await context.call("GET", target.recordPath);
      const refused = await change(context, target, stale);
      if (refused.response.status !== 412 || !isProblem(refused)) {
        context.fail(
          refused,
          `${id} with an If-Match of an earlier state (${stale}) is refused with 412 problem+json`,
          described(refused),
        );
      }
      await expectUnchanged(context, current, `${id} refused for a stale If-Match`);
    }
    return uncovered.length > 0 && targets.length === 0 ? { skipped: uncoveredNote(uncovered) } : undefined;
  },
};

/** GH-ETAG-003: an update whose If-Match is required is refused with 428 without one. */
const missingIfMatch: Check = {
  requirement: "GH-ETAG-003",
  name: "a missing If-Match is refused with 428",
  writes: true,
  async run(context) {
    const { targets, uncovered } = await targetsOf(context, (conditional) => conditional.required);
    for (const target of targets) {
      const id = target.conditional.operation.id;
      const before = await context.call("GET", target.recordPath);
      const refused = await change(context, target, undefined);
      if (refused.response.status !== 428 || !isProblem(refused)) {
        context.fail(refused, `${id} without If-Match is refused with 428 problem+json`, described(refused));
      }
      await expectUnchanged(context, before, `${id} refused for a missing If-Match`);
    }
    if (targets.length === 0) {
      return { skipped: uncovered.length > 0 ? uncoveredNote(uncovered) : "no operation requires If-Match" };
    }
    return undefined;
  },
};

/** Reads the record again: its body and ETag are those of `before`. */
async function expectUnchanged(context: CheckContext, before: Exchange, after: string): Promise<void> {
  const path = new URL(before.request.url).pathname.slice(
    new URL(context.baseUrl).pathname.replace(/\/+$/, "").length,
  );
  const now = await context.call("GET", path);
  if (now.response.body !== before.response.body || etagOf(now) !== etagOf(before)) {
    context.fail(
      now,
      `after ${after}, the record reads as before (ETag ${etagOf(before) ?? "absent"})`,
      `ETag ${etagOf(now) ?? "absent"}${now.response.body === before.response.body ? "" : ", another body"}`,
    );
  }
}

export const etagChecks: readonly Check[] = [etagChanges, staleIfMatch, missingIfMatch];
