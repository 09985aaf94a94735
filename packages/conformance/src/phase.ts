import fc from "fast-check";
import { checkAnswer, fromWire, mediaTypeOf } from "./checks/answer";
import { type OpenApiDocument, type Operation, operationsOf, type Parameter } from "./document";
import { type GeneratorContext, ValuePools, valueArbitrary } from "./generate";
import { applyMutation, type Mutation, mutationsOf, REMOVE, violations } from "./mutate";
import {
  CHECKS,
  type CheckName,
  type Failure,
  type Note,
  type PropertyReport,
  type ReceivedResponse,
  type SentRequest,
} from "./report";
import { shapeOf, typesOf } from "./schema-shape";
import { createValidator } from "./validator";

export interface PropertyPhaseOptions {
  /** The node's origin, e.g. `http://127.0.0.1:8080`; its document is read from `/openapi.json`. */
  readonly baseUrl: string;
  /** A key of `chamber`, carrying the scopes the chamber's operations ask for. */
  readonly key: string;
  /** The operator's key, for the operations that ask for the `admin` scope (skipped without it). */
  readonly adminKey?: string;
  /** The chamber whose routes are tested: every `chamberId` path parameter. */
  readonly chamber: string;
  readonly seed?: number;
  /** Valid and invalid requests generated for each operation (each). */
  readonly runs?: number;
  readonly fetch?: typeof globalThis.fetch;
  /** Where the document is served; `/openapi.json` by default. */
  readonly documentPath?: string;
  /** The document to test against, instead of the one the node serves (the kit gives the contract's). */
  readonly document?: OpenApiDocument;
  /**
   * Refusals of valid requests already known and tracked elsewhere, as `code@pointer` of a
   * validation problem's errors (`too_small@/body/identifiers/rc/court`): reported as notes.
   */
  readonly knownRefusals?: readonly string[];
}

/**
 * Codes of a validation problem's `errors[]` that name a JSON Schema keyword. A valid request refused
 * with one of them means the node and its document disagree about the request's shape; one refused
 * with another code broke a rule JSON Schema cannot hold (a checksum, an order between two dates),
 * which is reported as a note.
 */
const SCHEMA_KEYWORD_CODES = new Set([
  "invalid_type",
  "invalid_value",
  "invalid_format",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "too_big",
  "too_small",
  "not_multiple_of",
  "unrecognized_keys",
]);

interface Plan {
  params: Record<string, unknown>;
  body: unknown;
  /** Which known ETag (or none) goes into If-Match. */
  etagPick: number;
}

const key = (p: Parameter) => `${p.in}:${p.name.toLowerCase()}`;
const CONTROLLED_HEADERS = new Set([
  "idempotency-key",
  "if-match",
  "authorization",
  "content-type",
  "accept",
]);

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

function templateRegex(path: string): RegExp {
  const escaped = path.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{[^}]+\}/g, "[^/]+");
  return new RegExp(`^${escaped}$`);
}

function methodRank(operation: Operation): number {
  return ({ GET: 0, POST: 1, PUT: 2, PATCH: 2, DELETE: 3 } as Record<string, number>)[operation.method] ?? 4;
}

async function servedDocument(
  doFetch: typeof globalThis.fetch,
  baseUrl: string,
  path = "/openapi.json",
): Promise<OpenApiDocument> {
  const answer = await doFetch(`${baseUrl}${path}`);
  if (!answer.ok) throw new Error(`${baseUrl}${path} answered ${answer.status}`);
  return (await answer.json()) as OpenApiDocument;
}

/**
 * Generates requests from the node's own OpenAPI document, valid and invalid, sends them, and checks
 * each answer against the document. Reads nothing but the document, the URL and the keys.
 */
export async function runPropertyPhase(options: PropertyPhaseOptions): Promise<PropertyReport> {
  const started = Date.now();
  const seed = options.seed ?? Math.floor(Math.random() * 2 ** 31);
  const runs = options.runs ?? 20;
  const baseUrl = options.baseUrl.replace(/\/$/, "");
  const doFetch = options.fetch ?? globalThis.fetch;
  const document = options.document ?? (await servedDocument(doFetch, baseUrl, options.documentPath));
  const validator = createValidator(document);
  const pools = new ValuePools(document, validator);
  const etags = new Map<string, string>();
  const operations = operationsOf(document);
  for (const operation of operations) {
    for (const parameter of operation.parameters) {
      const ref = typeof parameter.schema === "object" ? parameter.schema.$ref : undefined;
      if (parameter.in === "path" && typeof ref === "string") pools.watch(ref);
    }
  }
  operations.sort(
    (a, b) =>
      methodRank(a) - methodRank(b) ||
      a.path.split("/").length - b.path.split("/").length ||
      a.path.localeCompare(b.path),
  );
  const checks = Object.fromEntries(
    CHECKS.map((c) => [c, { passed: 0, failed: 0 }]),
  ) as PropertyReport["checks"];
  const failures: Failure[] = [];
  const notes = new Map<string, Note>();
  const skipped: string[] = [];
  const statuses: Record<string, Record<string, number>> = {};
  const knownRefusals = new Set(options.knownRefusals ?? []);
  const nonce = Math.floor(Math.random() * 2 ** 32).toString(36);
  let requests = 0;

  const record = (check: CheckName, failure: Omit<Failure, "check" | "seed"> | null) => {
    if (failure === null) {
      checks[check].passed++;
      return;
    }
    checks[check].failed++;
    // A fault repeats on every request that meets it: keep a few of each kind, the first ones.
    const same = failures.filter((f) => f.check === check && f.operation === failure.operation).length;
    if (same < 3) failures.push({ check, seed, ...failure });
  };
  const note = (operation: string, message: string) => {
    const id = `${operation} ${message}`;
    const existing = notes.get(id);
    notes.set(id, { operation, message, count: (existing?.count ?? 0) + 1 });
  };

  async function send(
    request: SentRequest,
  ): Promise<{ response: ReceivedResponse; json: unknown; parsed: boolean }> {
    requests++;
    const answer = await doFetch(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body === undefined ? {} : { body: request.body }),
      redirect: "manual",
    });
    const body = await answer.text();
    const headers: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      headers[name] = value;
    });
    let json: unknown;
    let parsed = false;
    try {
      json = body === "" ? undefined : JSON.parse(body);
      parsed = body !== "";
    } catch {}
    return { response: { status: answer.status, headers, body }, json, parsed };
  }

  /** The checks every answer gets; true when its status and body are the documented ones. */
  function checkResponse(
    operation: Operation,
    request: SentRequest,
    result: Awaited<ReturnType<typeof send>>,
    path: string,
  ): boolean {
    const { response, json, parsed } = result;
    const counts = statuses[operation.id] ?? {};
    statuses[operation.id] = counts;
    counts[response.status] = (counts[response.status] ?? 0) + 1;
    const at = { operation: operation.id, request, response, path };
    record(
      "not_a_server_error",
      response.status >= 500 ? { ...at, message: `answered ${response.status}` } : null,
    );
    const verdict = checkAnswer(operation, response, result, validator, document);
    for (const { check, message } of verdict.checks)
      record(check, message === null ? null : { ...at, message });
    if (!verdict.documented) return false;
    const { schema, bodyValid } = verdict;
    if (bodyValid && response.status < 300 && schema !== undefined && parsed) {
      pools.harvest(schema, json);
      pools.harvestWatched(json);
    }
    const etag = response.headers.etag;
    if (etag && response.status < 300) {
      etags.set(new URL(request.url).pathname, etag);
      const location = response.headers.location;
      if (location) etags.set(new URL(location, baseUrl).pathname, etag);
    }
    return bodyValid;
  }

  function etagFor(pathname: string): string | undefined {
    for (let path = pathname; path.length > 1; path = path.slice(0, path.lastIndexOf("/"))) {
      const etag = etags.get(path);
      if (etag) return etag;
    }
    return undefined;
  }

  function build(
    operation: Operation,
    plan: Plan,
    credential: string,
    idempotencyKey: string,
    rawBody?: string,
  ): SentRequest {
    let pathname = operation.path;
    const query = new URLSearchParams();
    const headers: Record<string, string> = {
      accept: "application/json, application/problem+json",
      authorization: `Bearer ${credential}`,
    };
    for (const parameter of operation.parameters) {
      const value = plan.params[key(parameter)];
      if (value === undefined) continue;
      const wire = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));
      if (parameter.in === "path")
        pathname = pathname.replace(`{${parameter.name}}`, encodeURIComponent(wire(value)));
      else if (parameter.in === "query")
        for (const v of Array.isArray(value) ? value : [value]) query.append(parameter.name, wire(v));
      else if (parameter.in === "header") headers[parameter.name.toLowerCase()] = wire(value);
    }
    const declares = (name: string) =>
      operation.parameters.some((p) => p.in === "header" && p.name.toLowerCase() === name);
    if (declares("idempotency-key") && !("header:idempotency-key" in plan.params))
      headers["idempotency-key"] = idempotencyKey;
    if (declares("if-match") && !("header:if-match" in plan.params)) {
      const known = etagFor(pathname);
      if (known && plan.etagPick % 4 !== 0) headers["if-match"] = known;
      else if (
        operation.parameters.some(
          (p) => p.in === "header" && p.name.toLowerCase() === "if-match" && p.required,
        )
      ) {
        headers["if-match"] = known ?? '"0"';
      }
    }
    let body: string | undefined = rawBody;
    if (body === undefined && plan.body !== undefined) body = JSON.stringify(plan.body);
    if (body !== undefined) headers["content-type"] = "application/json";
    const search = query.toString();
    return {
      method: operation.method,
      url: `${baseUrl}${pathname}${search ? `?${search}` : ""}`,
      headers,
      ...(body === undefined ? {} : { body }),
    };
  }

  function planArbitrary(operation: Operation): fc.Arbitrary<Plan> {
    const params: Record<string, fc.Arbitrary<unknown>> = {};
    const requiredKeys: string[] = [];
    for (const parameter of operation.parameters) {
      const name = parameter.name.toLowerCase();
      if (parameter.in === "cookie" || (parameter.in === "header" && CONTROLLED_HEADERS.has(name))) continue;
      const ctx: GeneratorContext = { document, validator, ascii: parameter.in !== "query" };
      params[key(parameter)] =
        parameter.in === "path" && parameter.name === "chamberId"
          ? fc.constant(options.chamber)
          : valueArbitrary(parameter.schema, ctx);
      if (parameter.required) requiredKeys.push(key(parameter));
    }
    const jsonSchema = operation.requestBody?.content["application/json"]?.schema;
    const body =
      jsonSchema === undefined
        ? fc.constant(undefined)
        : operation.requestBody?.required
          ? valueArbitrary(jsonSchema, { document, validator })
          : fc.option(valueArbitrary(jsonSchema, { document, validator }), { nil: undefined, freq: 4 });
    return fc.record({ params: fc.record(params, { requiredKeys }), body, etagPick: fc.nat() });
  }

  /** The ways to make a materialized valid plan invalid, each checked invalid against the document. */
  function negativeCandidates(
    operation: Operation,
    plan: Plan,
  ): { plan: Plan; rawBody?: string; why: string }[] {
    const out: { plan: Plan; rawBody?: string; why: string }[] = [];
    for (const parameter of operation.parameters) {
      const k = key(parameter);
      const name = parameter.name.toLowerCase();
      if (
        parameter.in === "cookie" ||
        (parameter.in === "header" && CONTROLLED_HEADERS.has(name) && name !== "if-match")
      )
        continue;
      const current = plan.params[k];
      if (parameter.required && parameter.in !== "path" && current !== undefined) {
        const params = { ...plan.params };
        delete params[k];
        out.push({ plan: { ...plan, params }, why: `${parameter.in} ${parameter.name} missing` });
      }
      const shape = shapeOf(parameter.schema, document);
      for (const { value, why } of violations(shape, current ?? (typesOf(shape)[0] === "string" ? "x" : 1))) {
        if (value === null || typeof value === "object") continue;
        const wire = String(value);
        // An empty optional parameter reads as an absent one; an empty path segment is another route.
        if (wire === "" && (!parameter.required || parameter.in === "path")) continue;
        if (parameter.in === "header" && !/^[\x21-\x7e]+$/.test(wire)) continue;
        if (validator.isValid(parameter.schema, fromWire(parameter.schema, wire, document))) continue;
        out.push({
          plan: { ...plan, params: { ...plan.params, [k]: wire } },
          why: `${parameter.in} ${parameter.name}: ${why}`,
        });
      }
    }
    const jsonSchema = operation.requestBody?.content["application/json"]?.schema;
    if (jsonSchema !== undefined && plan.body !== undefined) {
      if (operation.requestBody?.required) out.push({ plan: { ...plan, body: undefined }, why: "no body" });
      out.push({ plan, rawBody: "{", why: "a body that is not JSON" });
      const mutations: Mutation[] = mutationsOf(jsonSchema, plan.body, document, validator);
      for (const mutation of mutations) {
        const body = applyMutation(plan.body, mutation);
        if (body === undefined || validator.isValid(jsonSchema, body)) continue;
        const where = `/${mutation.path.join("/")}`;
        out.push({
          plan: { ...plan, body },
          why: `body ${where}: ${mutation.replacement === REMOVE ? "removed" : mutation.why}`,
        });
      }
    }
    return out;
  }

  for (const [index, operation] of operations.entries()) {
    const needsAdmin = operation.scopes.includes("admin");
    if (needsAdmin && !options.adminKey) {
      skipped.push(operation.id);
      continue;
    }
    const credential = needsAdmin ? (options.adminKey as string) : options.key;
    const arbitrary = planArbitrary(operation);
    const positiveSeed = (seed + hash(operation.id)) | 0;
    let replays = 0;
    const samples = fc.sample(arbitrary, { seed: positiveSeed, numRuns: runs });
    // A read first sent with its required parameters only: random filters mostly find nothing, and
    // the values an unfiltered list answers are what the deeper routes need.
    if (operation.method === "GET" && samples[0]) {
      const required = new Set(operation.parameters.filter((p) => p.required).map(key));
      const params = Object.fromEntries(Object.entries(samples[0].params).filter(([k]) => required.has(k)));
      samples.unshift({ ...samples[0], params });
    }
    for (const [n, generated] of samples.entries()) {
      const plan = pools.materialize(generated) as Plan;
      const path = `${operation.id}/positive/#${n}`;
      const request = build(operation, plan, credential, `conformance-${nonce}-${index}-p${n}`);
      const result = await send(request);
      checkResponse(operation, request, result, path);
      const { status } = result.response;
      const at = { operation: operation.id, request, response: result.response, path };
      if (status === 400 || status === 422) {
        const problem = result.json as
          | { type?: string; errors?: { code?: string; pointer?: string }[] }
          | undefined;
        const errors = problem?.errors ?? [];
        const isKnown = (e: { code?: string; pointer?: string }) =>
          knownRefusals.has(`${e.code}@${e.pointer}`);
        const unexpressed =
          errors.length > 0 &&
          errors.every((e) => isKnown(e) || (e.code !== undefined && !SCHEMA_KEYWORD_CODES.has(e.code)));
        if (unexpressed) {
          const what = errors.map((e) => `${e.pointer} ${e.code}${isKnown(e) ? " (known)" : ""}`).join(", ");
          note(operation.id, `a valid request refused for a rule the document cannot hold: ${what}`);
          checks.positive_data_acceptance.passed++;
        } else {
          record("positive_data_acceptance", {
            ...at,
            message: `a request valid per the document was refused with ${status}`,
          });
        }
      } else if ((status === 401 || status === 403) && operation.scopes.length > 0) {
        record("positive_data_acceptance", { ...at, message: `refused with ${status} with the key given` });
      } else if (status === 401 || status === 403) {
        // A route that asks for no key refuses for what the body claims (a sign-in's password):
        // a state of the node no document can predict, like a 409.
        note(operation.id, `a valid request refused with ${status} by a route that needs no key`);
        checks.positive_data_acceptance.passed++;
      } else if (status < 500) {
        record("positive_data_acceptance", null);
      }
      if (status < 300 && request.method !== "GET" && request.headers["idempotency-key"] && replays < 2) {
        replays++;
        const again = await send(request);
        checkResponse(operation, request, again, `${operation.id}/replay/#${n}`);
        // A first answer that showed a secret once may be replayed as a 409 naming what it made.
        const location = result.response.headers.location;
        const same =
          (again.response.status === status && again.response.body === result.response.body) ||
          (status === 201 &&
            again.response.status === 409 &&
            location !== undefined &&
            again.response.headers.location === location);
        record(
          "idempotent_replay",
          same
            ? null
            : {
                ...at,
                response: again.response,
                path: `${operation.id}/replay/#${n}`,
                message: `the same request with the same Idempotency-Key answered ${again.response.status} where it first answered ${status} with ${result.response.body.slice(0, 300)}`,
              },
        );
      }
      // Read back what was created, as a client following Location would.
      const location = result.response.headers.location;
      if (status === 201 && location) {
        const target = new URL(location, baseUrl);
        const reader = operations.find(
          (o) => o.method === "GET" && templateRegex(o.path).test(target.pathname),
        );
        if (reader && !(reader.scopes.includes("admin") && !options.adminKey)) {
          const read: SentRequest = {
            method: "GET",
            url: target.href,
            headers: {
              accept: "application/json, application/problem+json",
              authorization: `Bearer ${credential}`,
            },
          };
          const readResult = await send(read);
          checkResponse(reader, read, readResult, `${operation.id}/positive/#${n}/location`);
          record(
            "positive_data_acceptance",
            readResult.response.status === 200
              ? null
              : {
                  operation: reader.id,
                  request: read,
                  response: readResult.response,
                  path,
                  message: `the created resource's Location answered ${readResult.response.status}`,
                },
          );
        }
      }
    }
    const negativeSeed = (seed + hash(operation.id) + 1) | 0;
    const negativeArbitrary = fc.tuple(arbitrary, fc.nat());
    for (const [n, [generated, pick]] of fc
      .sample(negativeArbitrary, { seed: negativeSeed, numRuns: runs })
      .entries()) {
      const plan = pools.materialize(generated) as Plan;
      const candidates = negativeCandidates(operation, plan);
      const candidate = candidates[pick % Math.max(candidates.length, 1)];
      if (!candidate) continue;
      const path = `${operation.id}/negative/#${n} (${candidate.why})`;
      const request = build(
        operation,
        candidate.plan,
        credential,
        `conformance-${nonce}-${index}-n${n}`,
        candidate.rawBody,
      );
      const result = await send(request);
      checkResponse(operation, request, result, path);
      const { status } = result.response;
      const at = { operation: operation.id, request, response: result.response, path };
      const problem = result.json as { status?: unknown; type?: unknown; title?: unknown } | undefined;
      let message: string | null = null;
      if (status < 400 || status >= 500)
        message = `a request that breaks the document (${candidate.why}) was answered ${status}`;
      else if (mediaTypeOf(result.response.headers["content-type"] ?? null) !== "application/problem+json") {
        message = `refused with ${status} but not as application/problem+json`;
      } else if (
        !problem ||
        typeof problem.type !== "string" ||
        typeof problem.title !== "string" ||
        problem.status !== status
      ) {
        message = "the problem lacks type, title or its status";
      }
      record("negative_data_rejection", message === null ? null : { ...at, message });
    }
  }

  // The node must still answer after all that: the first operation that needs no parameter.
  const probe = operations.find((o) => o.method === "GET" && !o.parameters.some((p) => p.required));
  if (probe) {
    const request: SentRequest = {
      method: "GET",
      url: `${baseUrl}${probe.path}`,
      headers: { accept: "application/json" },
    };
    let failure: Omit<Failure, "check" | "seed"> | null = null;
    try {
      const result = await send(request);
      if (result.response.status !== 200) {
        failure = {
          operation: probe.id,
          request,
          response: result.response,
          path: "after the run",
          message: `answered ${result.response.status}`,
        };
      }
    } catch (error) {
      failure = {
        operation: probe.id,
        request,
        path: "after the run",
        message: `no answer: ${String(error)}`,
      };
    }
    record("still_alive", failure);
  }

  return {
    baseUrl,
    seed,
    runs,
    operations: operations.length - skipped.length,
    skipped,
    requests,
    checks,
    failures,
    notes: [...notes.values()],
    statuses,
    durationMs: Date.now() - started,
  };
}
