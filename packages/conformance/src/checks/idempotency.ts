import type { Check, CheckContext, Exchange } from "./context";
import { newMemberBody, recordPath } from "./fixtures";
import { described, isProblem, itemsOf } from "./records";

/**
 * The Idempotency-Key checks, on members.create: a fresh tagged member is a write every chamber
 * takes, and its ICE finds it again in the list, so "one record" can be counted.
 */

type MemberBody = ReturnType<typeof newMemberBody>;

function iceOf(body: MemberBody): string {
  return String((body.identifiers as { ice?: unknown }).ice);
}

async function createWithKey(
  context: CheckContext,
  idempotencyKey: string,
  body: unknown,
  options: { readonly key?: string; readonly path?: string } = {},
): Promise<Exchange> {
  const path = options.path ?? context.path(context.operation("members.create").path);
  return context.call("POST", path, {
    headers: { "idempotency-key": idempotencyKey },
    body,
    ...(options.key === undefined ? {} : { key: options.key }),
  });
}

/** Notes a member the check made, when the answer says one was. */
function noteCreated(context: CheckContext, exchange: Exchange): void {
  const id = (exchange.json as { id?: unknown } | undefined)?.id;
  if (exchange.response.status !== 201 || typeof id !== "string") return;
  const collection = context.operation("members.create").path;
  context.wrote("POST", recordPath(context, exchange, collection, {}, id));
}

/** The run's members of the chamber holding `body`'s ICE, found by the list's text search. */
async function membersLike(
  context: CheckContext,
  body: MemberBody,
): Promise<{ exchange: Exchange; count: number }> {
  const exchange = await context.call("GET", context.path(context.operation("members.list").path), {
    query: { q: String(body.legalName), limit: 50 },
  });
  const ice = iceOf(body);
  const count = (itemsOf(exchange) ?? []).filter(
    (item) => (item.identifiers as { ice?: unknown } | undefined)?.ice === ice,
  ).length;
  return { exchange, count };
}

/** A member body whose name is the run's and its own, so that a text search finds it alone. */
function uniqueMember(context: CheckContext): MemberBody {
  const body = newMemberBody(context);
  body.legalName = context.tagged(`Conformance member ${iceOf(body)}`);
  return body;
}

const sameAnswer = (a: Exchange, b: Exchange) =>
  a.response.status === b.response.status &&
  a.response.headers.location === b.response.headers.location &&
  JSON.stringify(a.json) === JSON.stringify(b.json);

/** Whether `later` is `first`'s answer again: the same Location, or the same record's id. */
function isReplayOf(later: Exchange, first: Exchange): boolean {
  if (later.response.status >= 300) return false;
  const location = first.response.headers.location;
  if (location !== undefined && later.response.headers.location === location) return true;
  const id = (first.json as { id?: unknown } | undefined)?.id;
  return id !== undefined && (later.json as { id?: unknown } | undefined)?.id === id;
}

/** GH-IDEM-001: a create sent twice with one key and body answers alike and makes one record. */
const replay: Check = {
  requirement: "GH-IDEM-001",
  name: "a create sent twice with one Idempotency-Key makes one record",
  writes: true,
  async run(context) {
    const body = uniqueMember(context);
    const key = context.idempotencyKey();
    const first = await createWithKey(context, key, body);
    noteCreated(context, first);
    if (first.response.status !== 201) {
      context.fail(first, "members.create of a valid new member answers 201", described(first));
      return undefined;
    }
    const second = await createWithKey(context, key, body);
    if (!sameAnswer(first, second)) {
      context.fail(
        second,
        `the same answer as the first request: ${first.response.status}, Location ${first.response.headers.location ?? "(none)"}, the same body`,
        `${described(second)}, Location ${second.response.headers.location ?? "(none)"}${
          second.response.body === first.response.body ? "" : ", another body"
        }`,
      );
    }
    const { exchange, count } = await membersLike(context, body);
    if (count !== 1) {
      context.fail(exchange, `one member with ICE ${iceOf(body)} after the two requests`, `${count}`);
    }
    return undefined;
  },
};

/**
 * GH-IDEM-001, as the contract's Idempotency-Key says: a key belongs to the chamber, so a retry
 * sent with another key of the same chamber (after a rotation) is the same request.
 */
const replayAfterRotation: Check = {
  requirement: "GH-IDEM-001",
  name: "a retry with another key of the chamber is the same request",
  writes: true,
  async run(context) {
    const otherKey = await context.mintKey();
    if (otherKey === undefined) return { skipped: "needs the operator's key to make a second key" };
    const body = uniqueMember(context);
    const key = context.idempotencyKey();
    const first = await createWithKey(context, key, body);
    noteCreated(context, first);
    if (first.response.status !== 201) return undefined; // the check above says so
    const retry = await createWithKey(context, key, body, { key: otherKey });
    noteCreated(context, retry);
    if (!sameAnswer(first, retry)) {
      context.fail(
        retry,
        "a retry with another key of the same chamber gets the first answer again (the contract's Idempotency-Key: a key belongs to the chamber)",
        `${described(retry)}, Location ${retry.response.headers.location ?? "(none)"}`,
      );
    }
    return undefined;
  },
};

/** GH-IDEM-002: the same key with another body is refused, and makes nothing. */
const anotherBody: Check = {
  requirement: "GH-IDEM-002",
  name: "the same Idempotency-Key with another body is refused",
  writes: true,
  async run(context) {
    const key = context.idempotencyKey();
    const first = await createWithKey(context, key, uniqueMember(context));
    noteCreated(context, first);
    if (first.response.status !== 201) {
      context.fail(first, "members.create of a valid new member answers 201", described(first));
      return undefined;
    }
    const other = uniqueMember(context);
    const refused = await createWithKey(context, key, other);
    noteCreated(context, refused);
    const kind = (refused.json as { type?: unknown } | undefined)?.type;
    // The contract's Idempotency-Key parameter names the answer: 422 idempotency-conflict.
    if (
      refused.response.status !== 422 ||
      !isProblem(refused) ||
      typeof kind !== "string" ||
      !kind.endsWith("/idempotency-conflict")
    ) {
      context.fail(
        refused,
        "the same Idempotency-Key with another body is refused with 422 problem+json (idempotency-conflict)",
        described(refused),
      );
    }
    const { exchange, count } = await membersLike(context, other);
    if (count !== 0) {
      context.fail(exchange, `no member with the second body's ICE ${iceOf(other)}`, `${count}`);
    }
    return undefined;
  },
};

/** How many requests race with one key. */
const RACERS = 8;

/** GH-IDEM-003: concurrent requests with one key and body make one record and answer alike. */
const concurrent: Check = {
  requirement: "GH-IDEM-003",
  name: "concurrent requests with one Idempotency-Key make one record",
  writes: true,
  async run(context) {
    const body = uniqueMember(context);
    const key = context.idempotencyKey();
    const answers = await Promise.all(
      Array.from({ length: RACERS }, () => createWithKey(context, key, body)),
    );
    const created = answers.filter((answer) => answer.response.status === 201);
    const first = created[0];
    if (first === undefined) {
      context.fail(
        answers[0] as Exchange,
        "one of the concurrent requests answers 201",
        answers.map(described).join("; "),
      );
      return undefined;
    }
    noteCreated(context, first);
    for (const answer of answers) {
      if (answer.response.status === 201) {
        if (!sameAnswer(first, answer)) {
          context.fail(
            answer,
            `every 201 is the same answer (Location ${first.response.headers.location ?? "(none)"})`,
            `Location ${answer.response.headers.location ?? "(none)"}${answer.response.body === first.response.body ? "" : ", another body"}`,
          );
        }
      } else if (answer.response.status !== 409 || !isProblem(answer)) {
        context.fail(
          answer,
          "201 with the first answer, or 409 problem+json while it is in progress",
          described(answer),
        );
      } else {
        // The operation documents 409 for a request whose twin is in flight, and for a duplicate:
        // only the first is repeated into the first answer, once the race is over.
        const retry = await createWithKey(context, key, body);
        if (!sameAnswer(first, retry)) {
          context.fail(
            retry,
            "a request refused with 409 while its twin was in flight gets the first answer when repeated",
            `${described(retry)}, Location ${retry.response.headers.location ?? "(none)"}`,
          );
        }
      }
    }
    const { exchange, count } = await membersLike(context, body);
    if (count !== 1) {
      context.fail(
        exchange,
        `one member with ICE ${iceOf(body)} after ${RACERS} concurrent requests`,
        `${count}`,
      );
    }
    return undefined;
  },
};

/**
 * GH-IDEM-004: an Idempotency-Key is its owner's. The contract makes every key of one chamber
 * one owner (a retry after a key rotation is the same request), so the owners that must never
 * meet are chambers: a key of another chamber sending the same Idempotency-Key and body to the
 * same route gets its own answer (a refusal, since the route is not its chamber's), never the
 * first one replayed.
 */
const ownKeys: Check = {
  requirement: "GH-IDEM-004",
  name: "another chamber's key never gets the first answer replayed",
  writes: true,
  async run(context) {
    if (context.adminKey === undefined)
      return { skipped: "needs the operator's key to make a key of another chamber" };
    const other = (await context.hostedChambers()).find((chamber) => chamber !== context.chamber);
    if (other === undefined) return { skipped: "the node hosts no other chamber" };
    const otherKey = await context.mintKey({ chamber: other });
    if (otherKey === undefined)
      return { skipped: "needs the operator's key to make a key of another chamber" };
    const body = uniqueMember(context);
    const key = context.idempotencyKey();
    const first = await createWithKey(context, key, body);
    noteCreated(context, first);
    if (first.response.status !== 201) {
      context.fail(first, "members.create of a valid new member answers 201", described(first));
      return undefined;
    }
    const second = await createWithKey(context, key, body, { key: otherKey });
    noteCreated(context, second);
    if (isReplayOf(second, first) || second.response.status < 400) {
      context.fail(
        second,
        `a key of ${other} sending the same Idempotency-Key and body to ${context.chamber}'s members gets its own answer (403 or 404 problem+json), not the first answer`,
        `${described(second)}, Location ${second.response.headers.location ?? "(none)"}`,
      );
    }
    return undefined;
  },
};

export const idempotencyChecks: readonly Check[] = [
  replay,
  replayAfterRotation,
  anotherBody,
  concurrent,
  ownKeys,
];
