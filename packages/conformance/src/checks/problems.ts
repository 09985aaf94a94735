import { type OpenApiDocument, type Operation, resolvePointer } from "../document";
import type { Check, CheckContext, Exchange } from "./context";
import { described, exampleOf, isPaginated, isProblem, rawOperation, takesNoKey } from "./records";

/** The problem kinds the document shows, and the statuses each is shown with. */
export interface ProblemKinds {
  /** The URI every kind's `type` starts with (`https://ghorfa.ma/problems/`). */
  readonly base: string;
  readonly statuses: ReadonlyMap<string, ReadonlySet<number>>;
}

/**
 * The kinds, read from the examples of the document's problem answers (each names its `type` and
 * `status`): the contract's problem catalogue travels in the document only that way.
 */
export function problemKinds(document: OpenApiDocument): ProblemKinds {
  const uris = new Map<string, Set<number>>();
  for (const example of problemExamples(document)) {
    const statuses = uris.get(example.type) ?? new Set<number>();
    statuses.add(example.status);
    uris.set(example.type, statuses);
  }
  const bases = new Set([...uris.keys()].map((uri) => uri.slice(0, uri.lastIndexOf("/") + 1)));
  const base = bases.size === 1 ? ([...bases][0] as string) : "";
  const statuses = new Map<string, Set<number>>();
  for (const [uri, seen] of uris) if (base !== "") statuses.set(uri.slice(base.length), seen);
  return { base, statuses };
}

/** Every example of a problem+json media type in the document, with its `type` and `status`. */
function problemExamples(node: unknown, inProblem = false): { type: string; status: number }[] {
  if (node === null || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap((item) => problemExamples(item, inProblem));
  const found: { type: string; status: number }[] = [];
  const record = node as Record<string, unknown>;
  if (inProblem) {
    const values = [
      record.example,
      ...Object.values((record.examples ?? {}) as Record<string, { value?: unknown }>).map((e) => e?.value),
    ];
    for (const value of values) {
      const { type, status } = (value ?? {}) as { type?: unknown; status?: unknown };
      if (typeof type === "string" && typeof status === "number") found.push({ type, status });
    }
    return found;
  }
  for (const [key, value] of Object.entries(record)) {
    found.push(...problemExamples(value, key.toLowerCase().includes("problem+json")));
  }
  return found;
}

/** The kinds an operation's document shows for a status (`undefined` when it shows none). */
export function kindsFor(
  context: CheckContext,
  operation: Operation,
  status: number,
): ReadonlySet<string> | undefined {
  const responses = (rawOperation(context, operation)?.responses ?? {}) as Record<string, unknown>;
  let response = responses[String(status)] ?? responses[`${String(status)[0]}XX`] ?? responses.default;
  if (response === undefined) return undefined;
  for (let hops = 0; hops < 8; hops++) {
    const ref = (response as { $ref?: unknown }).$ref;
    if (typeof ref !== "string") break;
    response = resolvePointer(context.document, ref);
  }
  const { base } = problemKinds(context.document);
  const kinds = problemExamples(response)
    .filter((example) => example.type.startsWith(base))
    .map((example) => example.type.slice(base.length));
  return kinds.length === 0 ? undefined : new Set(kinds);
}

/** A refusal the kit asked for: a request the contract refuses, and what came. */
export interface Provoked {
  /** Why the node must refuse it, in a few words. */
  readonly why: string;
  readonly operation: Operation | undefined;
  readonly exchange: Exchange;
}

let lastProvoked: { readonly runTag: string; readonly answers: Promise<readonly Provoked[]> } | undefined;

/** The refusals of a run, asked once and judged by GH-PROBLEM-001 and -002 (and VERSION, RATE). */
export function provokeOnce(context: CheckContext): Promise<readonly Provoked[]> {
  if (lastProvoked?.runTag !== context.runTag)
    lastProvoked = { runTag: context.runTag, answers: provoke(context) };
  return lastProvoked.answers;
}

/**
 * Asks the node for a spread of refusals, all derived from the document and none able to change
 * anything: reads without a key, with an unknown key or a key that is not a bearer token; reads of
 * records that do not exist and of a chamber the contract does not know; a malformed `limit` on each list; ids
 * that break their schema; a route and a method the contract does not have; and one create whose
 * body is text, not the JSON the document asks for, which no node can read as a record (the
 * contract says a request that fails changes nothing).
 */
export async function provoke(context: CheckContext): Promise<readonly Provoked[]> {
  const out: Provoked[] = [];
  const ask = async (why: string, operation: Operation | undefined, exchange: Promise<Exchange>) => {
    out.push({ why, operation, exchange: await exchange });
  };
  const reads = context.operations.filter((operation) => operation.method === "GET");
  const named = (operation: Operation) =>
    (operation.path.match(/\{([^}]+)\}/g) ?? []).map((n) => n.slice(1, -1)).filter((n) => n !== "chamberId");
  const keyFor = (operation: Operation) =>
    operation.scopes.includes("admin") ? (context.adminKey ?? null) : context.key;

  const scoped = reads.filter(
    (operation) => !takesNoKey(context, operation) && named(operation).length === 0,
  );
  for (const operation of scoped) {
    await ask(
      "no key on a route that needs one",
      operation,
      context.call("GET", context.path(operation.path), { key: null }),
    );
  }
  const guarded = scoped.find((operation) => !operation.scopes.includes("admin"));
  if (guarded) {
    const path = context.path(guarded.path);
    // One unknown key only: a node may count unknown keys per address and lock the address out.
    await ask(
      "a key the node never issued",
      guarded,
      context.call("GET", path, { key: `${context.runTag}-unknown-key` }),
    );
    await ask(
      "an Authorization that is not a bearer key",
      guarded,
      context.call("GET", path, {
        key: null,
        headers: { authorization: `Basic ${btoa(`${context.runTag}:x`)}` },
      }),
    );
  }

  for (const operation of reads.filter((o) => named(o).length > 0)) {
    const key = keyFor(operation);
    if (key === null) continue;
    const unknown = unknownParams(context, operation, named(operation));
    if (unknown) {
      await ask(
        "a record that does not exist",
        operation,
        context.call("GET", context.path(operation.path, unknown), { key }),
      );
    }
    const broken = Object.fromEntries(named(operation).map((name) => [name, `${context.runTag}!`]));
    const last = named(operation).at(-1) as string;
    const schema = operation.parameters.find((p) => p.in === "path" && p.name === last)?.schema;
    if (schema !== undefined && !context.validator.isValid(schema, broken[last])) {
      await ask(
        `an id that breaks the schema of {${last}}`,
        operation,
        context.call("GET", context.path(operation.path, broken), { key }),
      );
    }
  }

  for (const operation of reads.filter((o) => isPaginated(o) && named(o).length === 0)) {
    const key = keyFor(operation);
    const limit = operation.parameters.find((p) => p.in === "query" && p.name === "limit");
    if (key === null || !limit || context.validator.isValid(limit.schema, "abc")) continue;
    await ask(
      "limit=abc on a list",
      operation,
      context.call("GET", context.path(operation.path), { key, query: { limit: "abc" } }),
    );
  }

  const chamberList = reads.find(
    (o) =>
      isPaginated(o) &&
      o.path.includes("{chamberId}") &&
      named(o).length === 0 &&
      !o.scopes.includes("admin"),
  );
  const chamberSchema = chamberList?.parameters.find(
    (p) => p.in === "path" && p.name === "chamberId",
  )?.schema;
  if (chamberList && chamberSchema !== undefined) {
    const stranger = "zz-00";
    if (!context.validator.isValid(chamberSchema, stranger)) {
      await ask(
        "a chamber the contract does not know",
        chamberList,
        context.call("GET", context.path(chamberList.path, { chamberId: stranger })),
      );
    }
  }

  await ask(
    "a route the contract does not have",
    undefined,
    context.call("GET", `/${context.runTag}-no-such-route`, { key: null }),
  );
  const fixed = context.operations.find(
    (operation) =>
      operation.method === "GET" &&
      !operation.path.includes("{") &&
      !context.operations.some((o) => o.path === operation.path && o.method === "DELETE"),
  );
  if (fixed) {
    await ask(
      "a method the contract does not give the path",
      undefined,
      context.call("DELETE", fixed.path, { key: null }),
    );
  }

  const create = context.operations.find(
    (operation) =>
      operation.method === "POST" &&
      operation.requestBody !== undefined &&
      !("text/plain" in operation.requestBody.content) &&
      named(operation).length === 0 &&
      operation.scopes.length > 0 &&
      operation.scopes.every((scope) => context.chamberScopes.includes(scope)),
  );
  if (create) {
    await ask(
      "a body in text/plain where the document takes JSON",
      create,
      context.call("POST", context.path(create.path), {
        rawBody: `${context.runTag}: not JSON`,
        headers: { "content-type": "text/plain", "idempotency-key": context.idempotencyKey() },
      }),
    );
  }
  return out;
}

/**
 * Values for a path's ids that fit their schemas and name nothing: the example's ULID made the
 * largest there is, or its trailing number made all nines. `undefined` when no such value fits.
 */
export function unknownParams(
  context: CheckContext,
  operation: Operation,
  names: readonly string[],
): Record<string, string> | undefined {
  const params: Record<string, string> = {};
  for (const name of names) {
    const example = exampleOf(context, operation, name);
    const schema = operation.parameters.find((p) => p.in === "path" && p.name === name)?.schema;
    if (example === undefined || schema === undefined) return undefined;
    const candidates = [
      example.replace(/[0-7][0-9A-HJKMNP-TV-Z]{25}$/, "7ZZZZZZZZZZZZZZZZZZZZZZZZZ"),
      example.replace(/\d+$/, (digits) => "9".repeat(digits.length)),
    ];
    const value = candidates.find(
      (candidate) => candidate !== example && context.validator.isValid(schema, candidate),
    );
    if (value === undefined) return undefined;
    params[name] = value;
  }
  return params;
}

const isError = (exchange: Exchange) => exchange.response.status >= 400;

/** GH-PROBLEM-001: each refusal the kit provokes is application/problem+json with the answer's status. */
const refusalsAreProblems: Check = {
  requirement: "GH-PROBLEM-001",
  name: "provoked refusals are problem+json",
  writes: false,
  async run(context) {
    for (const { why, exchange } of await provokeOnce(context)) {
      if (!isError(exchange)) {
        context.fail(exchange, `${why} is refused with a 4xx application/problem+json`, described(exchange));
      } else if (!isProblem(exchange)) {
        const status = (exchange.json as { status?: unknown } | undefined)?.status;
        context.fail(
          exchange,
          `${why}: the refusal is application/problem+json whose status is the answer's`,
          `${described(exchange)}, body status ${JSON.stringify(status)}`,
        );
      }
    }
    return undefined;
  },
};

/**
 * GH-PROBLEM-002: each provoked problem's `type` is a kind of the document under its base URI,
 * shown with the answer's status (in the operation's own responses where it has some).
 */
const problemsUseKinds: Check = {
  requirement: "GH-PROBLEM-002",
  name: "provoked problems use the contract's kinds",
  writes: false,
  async run(context) {
    const kinds = problemKinds(context.document);
    if (kinds.base === "" || kinds.statuses.size === 0)
      return { skipped: "the document shows no problem examples to learn the kinds from" };
    for (const { why, operation, exchange } of await provokeOnce(context)) {
      if (!isError(exchange)) continue;
      const status = exchange.response.status;
      const type = (exchange.json as { type?: unknown } | undefined)?.type;
      const kind =
        typeof type === "string" && type.startsWith(kinds.base) ? type.slice(kinds.base.length) : undefined;
      const paired = [...kinds.statuses].filter(([, statuses]) => statuses.has(status)).map(([k]) => k);
      const own = operation ? kindsFor(context, operation, status) : undefined;
      const allowed = own ? paired.filter((k) => own.has(k)) : paired;
      const expected = `${why}: type is ${kinds.base}<kind> with a kind the document shows with ${status} (${allowed.join(", ") || "none"})`;
      if (kind === undefined || !kinds.statuses.has(kind)) {
        context.fail(
          exchange,
          expected,
          `${described(exchange)}: type ${JSON.stringify(type)} is not a kind of the contract`,
        );
      } else if (paired.length > 0 && !allowed.includes(kind)) {
        // A status no kind of the document goes with (a 405, a 415) can only be asked for a known kind.
        context.fail(
          exchange,
          expected,
          `${described(exchange)}: ${kind} is shown with ${[...(kinds.statuses.get(kind) ?? [])].join(", ")}`,
        );
      }
    }
    return undefined;
  },
};

export const problemChecks: readonly Check[] = [refusalsAreProblems, problemsUseKinds];
