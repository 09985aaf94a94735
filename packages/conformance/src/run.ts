import { randomBytes } from "node:crypto";
import { ALL_CHECKS } from "./checks";
import {
  type CallOptions,
  type Check,
  type CheckContext,
  type Exchange,
  failureEvidence,
  type Recorder,
  type Written,
} from "./checks/context";
import { CONTRACT_DOCUMENT } from "./contract-document";
import type { Secrets } from "./curl";
import { type OpenApiDocument, type Operation, operationsOf } from "./document";
import { runPropertyPhase } from "./phase";
import { propertyFindings } from "./property-results";
import type { PropertyReport, SentRequest } from "./report";
import { type Profile, REQUIREMENTS, type RequirementId } from "./requirements";
import { type Evidence, type Finding, type RunResults, resultsOf } from "./results";
import { createValidator } from "./validator";

export interface ConformanceOptions {
  /** The node's origin, e.g. `https://ghorfa.ccis-agadir.ma`. */
  readonly baseUrl: string;
  /** A key of `chamber` holding every chamber scope. */
  readonly key: string;
  /** The operator's key (scope `admin`): the checks that need keys of other scopes or chambers skip without it. */
  readonly adminKey?: string;
  /** The chamber under test (`ma-09`). */
  readonly chamber: string;
  /** `core` (the default) or `full`, which adds the slow and the concurrent requirements. */
  readonly profile?: Profile;
  /** Send nothing that writes: every requirement that needs a write is skipped, and the property phase too. */
  readonly readOnly?: boolean;
  /** Run only these requirements (all of the profile by default). */
  readonly only?: readonly RequirementId[];
  /** Known gaps: requirement id → why (see `parseExpectedFailures`). */
  readonly expectedFailures?: ReadonlyMap<RequirementId, string>;
  /**
   * The property phase: its seed and requests per operation (`PROPERTY_RUNS` of the profile by
   * default); `property: false` leaves it out.
   */
  readonly property?: boolean;
  readonly seed?: number;
  readonly runs?: number;
  readonly knownRefusals?: readonly string[];
  /** The run's tag (`ghc-…`, made at random by default). */
  readonly runTag?: string;
  /** Each request's limit, in milliseconds (30 s by default). */
  readonly requestTimeoutMs?: number;
  /** The document the node is checked against: the contract's, shipped with the kit, by default. */
  readonly document?: OpenApiDocument;
  readonly fetch?: typeof globalThis.fetch;
  /** Told as each requirement starts and ends (the CLI's progress on a terminal). */
  readonly onProgress?: (event: ProgressEvent) => void;
  /** The checks to run; the kit's own by default (tests give others). */
  readonly checks?: readonly Check[];
}

export type ProgressEvent =
  | { readonly kind: "start"; readonly requirement: RequirementId; readonly check: string }
  | {
      readonly kind: "end";
      readonly requirement: RequirementId;
      readonly check: string;
      readonly failures: number;
      readonly skipped?: string;
    }
  | { readonly kind: "property"; readonly phase: "start" | "end" };

/** A run's results, with what it wrote and the property phase's own report. */
export interface ConformanceRun extends RunResults {
  readonly runTag: string;
  readonly readOnly: boolean;
  readonly written: readonly Written[];
  readonly property?: PropertyReport;
}

const RUN_TAG = /^ghc-[a-z0-9]{10}$/;

/**
 * Requests the property phase generates per operation, valid and invalid each, by profile: a core
 * run stays short on a node with its default rate limit; a full one digs deeper.
 */
export const PROPERTY_RUNS: { readonly [P in Profile]: number } = { core: 5, full: 20 };

/** A fresh run tag: `ghc-` and ten lowercase letters or digits. */
export function newRunTag(): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
  return `ghc-${Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join("")}`;
}

/**
 * Runs the kit against a node: each requirement of the profile by its checks, then the property
 * phase, and gives one result per requirement. Reads nothing of the node but its HTTP answers.
 */
export async function runConformance(options: ConformanceOptions): Promise<ConformanceRun> {
  const started = Date.now();
  const startedAt = new Date(started).toISOString();
  const profile = options.profile ?? "core";
  const readOnly = options.readOnly ?? false;
  const runTag = options.runTag ?? newRunTag();
  if (!RUN_TAG.test(runTag))
    throw new TypeError(`a run tag is "ghc-" and 10 lowercase letters or digits, not ${runTag}`);
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  // A node's rate limit is not the kit's to trip over: each request that gets a 429 waits as long
  // as Retry-After says and goes again (GH-RATE-001 sends its own without waiting).
  const rawFetch = options.fetch ?? globalThis.fetch;
  const doFetch = patientFetch(rawFetch, options.requestTimeoutMs ?? 30_000);
  const timeoutMs = options.requestTimeoutMs ?? 30_000;
  const document = options.document ?? CONTRACT_DOCUMENT;
  const operations = operationsOf(document);
  const validator = createValidator(document);
  const secrets: Secrets = { key: options.key, ...(options.adminKey ? { adminKey: options.adminKey } : {}) };
  const chamberScopes = [...new Set(operations.flatMap((operation) => operation.scopes))]
    .filter((scope) => scope !== "admin")
    .sort();
  const inProfile = (id: RequirementId) => {
    const requirement = REQUIREMENTS.find((r) => r.id === id);
    return (
      requirement !== undefined &&
      (profile === "full" || requirement.profile === "core") &&
      (options.only === undefined || options.only.includes(id))
    );
  };

  let sequence = 0;
  const mintedKeys: string[] = [];
  const written: Written[] = [];
  let hosted: Promise<readonly string[]> | undefined;

  async function call(method: string, path: string, callOptions: CallOptions = {}): Promise<Exchange> {
    const url = new URL(`${baseUrl}${path}`);
    for (const [name, value] of Object.entries(callOptions.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = { accept: "application/json, application/problem+json" };
    const key = callOptions.key === undefined ? options.key : callOptions.key;
    if (key !== null) headers.authorization = `Bearer ${key}`;
    let body: string | undefined;
    if (callOptions.rawBody !== undefined) body = callOptions.rawBody;
    else if (callOptions.body !== undefined) body = JSON.stringify(callOptions.body);
    if (body !== undefined) headers["content-type"] = "application/json";
    for (const [name, value] of Object.entries(callOptions.headers ?? {}))
      headers[name.toLowerCase()] = value;
    const request: SentRequest = { method, url: url.href, headers, ...(body === undefined ? {} : { body }) };
    let answer: Response;
    try {
      const init: RequestInit = {
        method,
        headers,
        ...(body === undefined ? {} : { body }),
        redirect: "manual",
      };
      answer =
        callOptions.waitOnRateLimit === false
          ? await rawFetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
          : await doFetch(url, init);
    } catch (cause) {
      throw new NoAnswerError(request, cause);
    }
    const text = await answer.text();
    const responseHeaders: Record<string, string> = {};
    answer.headers.forEach((value, name) => {
      responseHeaders[name] = value;
    });
    let json: unknown;
    try {
      json = text === "" ? undefined : JSON.parse(text);
    } catch {}
    return { request, response: { status: answer.status, headers: responseHeaders, body: text }, json };
  }

  function contextFor(check: Check, recorder: Recorder): CheckContext {
    const context: CheckContext = {
      requirement: check.requirement,
      baseUrl,
      chamber: options.chamber,
      key: options.key,
      adminKey: options.adminKey,
      profile,
      readOnly,
      runTag,
      document,
      operations,
      validator,
      chamberScopes,
      operation(id) {
        const found = operations.find((operation) => operation.id === id);
        if (!found) throw new Error(`the document has no operation ${id}`);
        return found;
      },
      path(template, params = {}) {
        return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
          const value = params[name] ?? (name === "chamberId" ? options.chamber : undefined);
          if (value === undefined) throw new Error(`no value for {${name}} of ${template}`);
          return encodeURIComponent(value);
        });
      },
      call,
      fail(exchange, expected, received) {
        recorder.failures.push(failureEvidence(exchange, expected, received, check.name, secrets));
      },
      idempotencyKey() {
        sequence += 1;
        return `${runTag}-${Date.now().toString(36)}-${sequence}`;
      },
      tagged(text) {
        return `${text} ${runTag}`;
      },
      wrote(method, path) {
        recorder.written.push({ requirement: check.requirement, method, path });
      },
      async mintKey(request = {}) {
        // A key is a record too: a read-only run makes none, and what needs one is not proven.
        if (!options.adminKey || readOnly) return undefined;
        const chamber = request.chamber ?? options.chamber;
        const exchange = await call("POST", "/admin/keys", {
          key: options.adminKey,
          headers: { "idempotency-key": context.idempotencyKey() },
          body: {
            chamberId: chamber,
            name: context.tagged("conformance"),
            scopes: request.scopes ?? chamberScopes,
          },
        });
        const created = exchange.json as { id?: unknown; secret?: unknown } | undefined;
        if (
          exchange.response.status !== 201 ||
          typeof created?.secret !== "string" ||
          typeof created.id !== "string"
        ) {
          throw new Error(
            `the operator's key could not make a key of ${chamber} (POST /admin/keys answered ${exchange.response.status})`,
          );
        }
        mintedKeys.push(created.id);
        context.wrote("POST", `/admin/keys/${created.id}`);
        // The minted secret is as secret as the run's own keys: never in a report.
        mintedSecrets.push(created.secret);
        return created.secret;
      },
      hostedChambers() {
        const info =
          operations.find((operation) => operation.id === "node.info")?.path ?? "/.well-known/ghorfa";
        hosted ??= call("GET", info, { key: null }).then((exchange) => {
          const chambers = (exchange.json as { chambers?: unknown } | undefined)?.chambers;
          return Array.isArray(chambers) ? chambers.filter((c): c is string => typeof c === "string") : [];
        });
        return hosted;
      },
    };
    return context;
  }
  const mintedSecrets: string[] = [];

  const checksByRequirement = new Map<RequirementId, Check[]>();
  for (const check of options.checks ?? ALL_CHECKS) {
    if (!inProfile(check.requirement)) continue;
    checksByRequirement.set(check.requirement, [
      ...(checksByRequirement.get(check.requirement) ?? []),
      check,
    ]);
  }

  const findings = new Map<RequirementId, Finding>();
  const merge = (id: RequirementId, finding: Finding) => {
    const before = findings.get(id);
    if (before === undefined || "skipped" in before) {
      // A check that ran outweighs one that could not.
      if (before === undefined || !("skipped" in finding)) findings.set(id, finding);
      else findings.set(id, { skipped: `${before.skipped}; ${finding.skipped}` });
      return;
    }
    if (!("skipped" in finding)) findings.set(id, { failures: [...before.failures, ...finding.failures] });
  };

  try {
    for (const [id, checks] of checksByRequirement) {
      for (const check of checks) {
        if (readOnly && check.writes) {
          merge(id, { skipped: "writes records: not in a read-only run" });
          continue;
        }
        options.onProgress?.({ kind: "start", requirement: id, check: check.name });
        const recorder: Recorder = { failures: [], written: [] };
        let skipped: string | undefined;
        try {
          skipped = (await check.run(contextFor(check, recorder)))?.skipped;
        } catch (error) {
          recorder.failures.push(brokenCheck(error, check, secrets));
        }
        written.push(...recorder.written);
        const failures = recorder.failures.map((failure) => hideSecrets(failure, mintedSecrets));
        merge(id, skipped !== undefined && failures.length === 0 ? { skipped } : { failures });
        options.onProgress?.({
          kind: "end",
          requirement: id,
          check: check.name,
          failures: failures.length,
          ...(skipped === undefined ? {} : { skipped }),
        });
      }
    }

    let property: PropertyReport | undefined;
    const wantsProperty = options.property ?? true;
    const propertyIds = new Set<RequirementId>(
      REQUIREMENTS.filter((r) => r.area === "PROP").map((r) => r.id),
    );
    if (wantsProperty && [...propertyIds].some(inProfile) && !readOnly) {
      options.onProgress?.({ kind: "property", phase: "start" });
      const phase: Check = {
        requirement: "GH-PROP-002",
        name: "property phase",
        writes: true,
        run: async () => undefined,
      };
      const recorder: Recorder = { failures: [], written: [] };
      const phaseContext = contextFor(phase, recorder);
      // With the operator's key the phase gets a key of its own (tagged, revoked at the end), so
      // that its requests and the checks' count against separate rate-limit budgets.
      const phaseKey = (await phaseContext.mintKey()) ?? options.key;
      // Its bodies are generated, so its records carry no tag: each one it creates is listed by its Location.
      const recordingFetch: typeof globalThis.fetch = async (input, init) => {
        const answer = await doFetch(input, init);
        const location = answer.headers.get("location");
        if (answer.status === 201 && location) {
          phaseContext.wrote(init?.method ?? "POST", location);
          // A key the phase made (it calls the operator's routes too) is revoked with the run's own.
          const keyId = /^\/admin\/keys\/([^/?#]+)$/.exec(new URL(location, baseUrl).pathname)?.[1];
          if (keyId) mintedKeys.push(decodeURIComponent(keyId));
        }
        return answer;
      };
      property = await runPropertyPhase({
        baseUrl,
        key: phaseKey,
        chamber: options.chamber,
        document,
        fetch: recordingFetch,
        runs: options.runs ?? PROPERTY_RUNS[profile],
        ...(options.adminKey ? { adminKey: options.adminKey } : {}),
        ...(options.seed === undefined ? {} : { seed: options.seed }),
        ...(options.knownRefusals ? { knownRefusals: options.knownRefusals } : {}),
      });
      written.push(...recorder.written);
      options.onProgress?.({ kind: "property", phase: "end" });
      for (const [id, finding] of propertyFindings(property, secrets)) {
        if (!inProfile(id)) continue;
        merge(
          id,
          "skipped" in finding
            ? finding
            : { failures: finding.failures.map((failure) => hideSecrets(failure, mintedSecrets)) },
        );
      }
    } else if (readOnly) {
      for (const id of propertyIds)
        if (inProfile(id)) merge(id, { skipped: "the property phase writes: not in a read-only run" });
    }

    const results = resultsOf(findings, {
      baseUrl,
      profile,
      startedAt,
      durationMs: Date.now() - started,
      ...(options.expectedFailures ? { expectedFailures: options.expectedFailures } : {}),
      ...(options.only ? { only: options.only } : {}),
    });
    return { ...results, runTag, readOnly, written, ...(property ? { property } : {}) };
  } finally {
    // Keys the run made stop working when it ends, whatever happened.
    for (const id of mintedKeys) {
      await call("DELETE", `/admin/keys/${encodeURIComponent(id)}`, { key: options.adminKey ?? null }).catch(
        () => {},
      );
    }
  }
}

/** Longest Retry-After the kit waits out, and how many times, before it takes the 429 as the answer. */
const RATE_LIMIT_WAIT_LIMIT_S = 60;
const RATE_LIMIT_RETRIES = 5;

/**
 * `fetch` that, on a 429 with a Retry-After it can wait, waits and sends the request again; each
 * attempt has `timeoutMs` unless the caller gave a signal of its own.
 */
export function patientFetch(fetch: typeof globalThis.fetch, timeoutMs: number): typeof globalThis.fetch {
  return async (input, init) => {
    for (let attempt = 0; ; attempt++) {
      const answer = await fetch(input, { ...init, signal: init?.signal ?? AbortSignal.timeout(timeoutMs) });
      if (answer.status !== 429 || attempt >= RATE_LIMIT_RETRIES) return answer;
      // Delay-seconds only (RFC 9110): an absent, dated or odd value is the node's to explain.
      const retryAfter = answer.headers.get("retry-after")?.trim() ?? "";
      if (!/^\d+$/.test(retryAfter) || Number(retryAfter) > RATE_LIMIT_WAIT_LIMIT_S) return answer;
      const seconds = Number(retryAfter);
      // Not awaited: the body is dropped, and a tee'd body would wait for its twin.
      answer.body?.cancel().catch(() => {});
      await new Promise((resolve) => setTimeout(resolve, Math.max(seconds, 0.05) * 1000));
    }
  };
}

/** The node did not answer (refused, reset, timed out): the request is the evidence. */
export class NoAnswerError extends Error {
  readonly request: SentRequest;
  constructor(request: SentRequest, cause: unknown) {
    super(
      `no answer to ${request.method} ${request.url}: ${cause instanceof Error ? cause.message : String(cause)}`,
      {
        cause,
      },
    );
    this.name = "NoAnswerError";
    this.request = request;
  }
}

function brokenCheck(error: unknown, check: Check, secrets: Secrets): Evidence {
  const message = error instanceof Error ? error.message : String(error);
  const request: SentRequest =
    error instanceof NoAnswerError ? error.request : { method: "GET", url: "(no request)", headers: {} };
  return failureEvidence(
    { request },
    "the check completes against the node's answers",
    `it stopped: ${message}`,
    check.name,
    secrets,
  );
}

/** Keys the run minted are redacted like its own: a report never holds a working secret. */
function hideSecrets(failure: Evidence, minted: readonly string[]): Evidence {
  if (minted.length === 0) return failure;
  const hide = (text: string) =>
    minted.reduce((out, secret) => out.replaceAll(secret, "$GHORFA_MINTED_KEY"), text);
  return JSON.parse(hide(JSON.stringify(failure))) as Evidence;
}

export type { Operation };
