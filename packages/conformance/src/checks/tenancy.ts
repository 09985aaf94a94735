import type { Operation } from "../document";
import type { Check, CheckContext, Exchange } from "./context";
import {
  described,
  exampleBody,
  exampleOf,
  existingParams,
  hasPublicView,
  isProblem,
  requiredQuery,
  takesNoKey,
} from "./records";

/** An operation's path filled with records the run's key finds, else with the document's examples. */
async function filledPath(context: CheckContext, operation: Operation): Promise<{ path: string }> {
  const params = await existingParams(context, operation.path);
  if (params) return { path: context.path(operation.path, params) };
  const examples: Record<string, string> = {};
  for (const name of operation.path.match(/\{[^}]+\}/g) ?? []) {
    const bare = name.slice(1, -1);
    if (bare !== "chamberId") examples[bare] = exampleOf(context, operation, bare) ?? "unknown";
  }
  return { path: context.path(operation.path, examples) };
}

/**
 * The record a write changes: the longest prefix of its path that ends with a `{param}` and that a
 * GET of the document reads (`/members/{memberId}` for `/members/{memberId}/status`).
 */
function recordOf(context: CheckContext, operation: Operation, path: string): string | undefined {
  const template = operation.path.split("/");
  const filled = path.split("/");
  for (let end = template.length; end > 0; end--) {
    if (!/^\{.+\}$/.test(template[end - 1] ?? "")) continue;
    const prefix = template.slice(0, end).join("/");
    if (context.operations.some((o) => o.method === "GET" && o.path === prefix)) {
      return filled.slice(0, end).join("/");
    }
  }
  return undefined;
}

/** A record as the run's key reads it: its body to compare after a refused write, its ETag to send. */
async function readRecord(
  context: CheckContext,
  path: string | undefined,
): Promise<{ body: string; etag: string | undefined } | undefined> {
  if (path === undefined) return undefined;
  const exchange = await context.call("GET", path);
  if (exchange.response.status !== 200) return undefined;
  return { body: exchange.response.body, etag: exchange.response.headers.etag };
}

/**
 * Sends a write with `key`: the document's example body, a fresh Idempotency-Key and the record's
 * ETag, so that a node that lets it through would really apply it.
 */
async function attemptWrite(
  context: CheckContext,
  operation: Operation,
  path: string,
  key: string,
  etag: string | undefined,
): Promise<Exchange> {
  const body = operation.requestBody ? (exampleBody(context, operation) ?? {}) : undefined;
  const exchange = await context.call(operation.method, path, {
    key,
    headers: {
      "idempotency-key": context.idempotencyKey(),
      ...(etag === undefined ? {} : { "if-match": etag }),
    },
    ...(body === undefined ? {} : { body }),
  });
  if (exchange.response.status < 300) {
    context.wrote(operation.method, exchange.response.headers.location ?? path);
  }
  return exchange;
}

/** Whether every field of `shown` is one `anonymous` shows too, items matched by their ids. */
function withinView(shown: unknown, anonymous: unknown): boolean {
  if (Array.isArray(shown)) {
    if (!Array.isArray(anonymous)) return false;
    const byId = new Map(anonymous.map((item) => [(item as { id?: unknown } | null)?.id, item]));
    return shown.every((item, index) => {
      const id = (item as { id?: unknown } | null)?.id;
      const twin = id === undefined ? anonymous[index] : byId.get(id);
      return twin !== undefined && withinView(item, twin);
    });
  }
  if (shown !== null && typeof shown === "object") {
    if (anonymous === null || typeof anonymous !== "object") return false;
    return Object.entries(shown).every(
      ([name, value]) => name in anonymous && withinView(value, (anonymous as Record<string, unknown>)[name]),
    );
  }
  return true;
}

const refusal = (exchange: Exchange) =>
  (exchange.response.status === 403 || exchange.response.status === 404) && isProblem(exchange);

/**
 * A read of a public-view route by a caller not entitled to the full view: a refusal, or the
 * public view. The public view is what the route shows a caller without a key, so the answer may
 * hold no record and no field that the anonymous answer does not.
 */
async function onlyPublicView(context: CheckContext, exchange: Exchange, path: string): Promise<boolean> {
  if (refusal(exchange)) return true;
  if (exchange.response.status !== 200 || exchange.response.headers["ghorfa-view"] !== "public") return false;
  const url = new URL(exchange.request.url);
  const anonymous = await context.call("GET", path, {
    key: null,
    query: Object.fromEntries(url.searchParams),
  });
  return anonymous.response.status === 200 && withinView(exchange.json, anonymous.json);
}

/** Operations of a chamber that a key decides: under `{chamberId}`, and not open to anyone alike. */
function keyedChamberOperations(context: CheckContext): Operation[] {
  return context.operations.filter(
    (operation) =>
      operation.path.startsWith("/chambers/{chamberId}") &&
      !(takesNoKey(context, operation) && operation.scopes.length === 0),
  );
}

/**
 * GH-TENANT-001: a key of another chamber the node hosts, holding every scope, reaches none of the
 * run's chamber's records: reads answer 404 or 403 (a public-view route, its public view only),
 * writes are refused and the record reads the same afterwards.
 */
const keysStayInTheirChamber: Check = {
  requirement: "GH-TENANT-001",
  name: "a key of another chamber reaches none of the chamber's records",
  writes: true,
  async run(context) {
    if (!context.adminKey)
      return { skipped: "a key of another chamber is made with the operator's key, and the run has none" };
    const other = (await context.hostedChambers()).find((id) => id !== context.chamber);
    if (other === undefined) return { skipped: "the node hosts no other chamber to take a key of" };
    const otherKey = await context.mintKey({ chamber: other });
    if (otherKey === undefined) return { skipped: "no key of another chamber could be made" };
    for (const operation of keyedChamberOperations(context)) {
      // Where the run's key finds no record, the document's example ids stand in: a correct node
      // answers 404 to those as well, and one that leaks shows the record if it exists.
      const { path } = await filledPath(context, operation);
      if (operation.method === "GET") {
        const exchange = await context.call("GET", path, {
          key: otherKey,
          query: requiredQuery(context, operation),
        });
        const held = hasPublicView(context, operation)
          ? await onlyPublicView(context, exchange, path)
          : refusal(exchange);
        if (!held) {
          context.fail(
            exchange,
            `${operation.id} with a key of ${other} answers 404 or 403 problem+json${hasPublicView(context, operation) ? ", or only the public view" : ""}`,
            described(exchange),
          );
        }
        continue;
      }
      const record = recordOf(context, operation, path);
      const before = await readRecord(context, record);
      const exchange = await attemptWrite(context, operation, path, otherKey, before?.etag);
      if (!refusal(exchange)) {
        context.fail(
          exchange,
          `${operation.id} with a key of ${other} is refused with 404 or 403 problem+json`,
          described(exchange),
        );
      }
      const after = before === undefined ? undefined : await readRecord(context, record);
      if (before !== undefined && after?.body !== before.body) {
        context.fail(
          exchange,
          `${operation.id} with a key of ${other} leaves ${record} as it was`,
          `${described(exchange)}, and ${record} reads otherwise afterwards`,
        );
      }
    }
    return undefined;
  },
};

/**
 * GH-SCOPE-001: every scoped operation refuses, with 403 problem+json, a key of the chamber that
 * holds every chamber scope but the operation's own (a public-view read may show its public view
 * instead). Writes carry the example body and the record's ETag: a correct node refuses them
 * before anything happens.
 */
const scopesAreEnforced: Check = {
  requirement: "GH-SCOPE-001",
  name: "a key without a route's scope is refused with 403",
  writes: true,
  async run(context) {
    if (!context.adminKey)
      return { skipped: "keys of fewer scopes are made with the operator's key, and the run has none" };
    const keys = new Map<string, string | undefined>();
    for (const operation of context.operations) {
      if (operation.scopes.length === 0) continue;
      const missing = operation.scopes.join(" ");
      if (!keys.has(missing)) {
        const scopes = context.chamberScopes.filter((scope) => !operation.scopes.includes(scope));
        keys.set(missing, await context.mintKey({ scopes }));
      }
      const key = keys.get(missing);
      if (key === undefined) continue;
      const { path } = await filledPath(context, operation);
      const expected = `${operation.id} with a key holding every chamber scope but ${missing} answers 403 problem+json`;
      if (operation.method === "GET") {
        const exchange = await context.call("GET", path, { key, query: requiredQuery(context, operation) });
        if (hasPublicView(context, operation)) {
          if (!(await onlyPublicView(context, exchange, path))) {
            context.fail(exchange, `${expected}, or only the public view`, described(exchange));
          }
        } else if (exchange.response.status !== 403 || !isProblem(exchange)) {
          context.fail(exchange, expected, described(exchange));
        }
        continue;
      }
      const before = await readRecord(context, recordOf(context, operation, path));
      const exchange = await attemptWrite(context, operation, path, key, before?.etag);
      if (exchange.response.status !== 403 || !isProblem(exchange)) {
        context.fail(exchange, expected, described(exchange));
      }
    }
    return undefined;
  },
};

export const tenancyChecks: readonly Check[] = [keysStayInTheirChamber, scopesAreEnforced];
