import { CHAMBER_SCOPES, PROBLEM_BASE_URI } from "@ghorfa/contract";
import type { RequirementId } from "../../src/requirements";

/** A request as the proxy got it, its body read whole. Header names are lower case. */
export interface Incoming {
  readonly method: string;
  /** Path and query, as sent. */
  readonly path: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

/** The node's answer, or the one the proxy makes instead. */
export interface Upstream {
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Buffer;
}

export type Forward = (incoming: Incoming) => Promise<Upstream>;

/** What a fault gets from the proxy: a way to the real node and the key that rules it. */
export interface ProxyContext {
  readonly forward: Forward;
  readonly operatorKey: string;
}

export interface FaultSpec {
  /** The requirement a kit that works must find broken. */
  readonly requirement: RequirementId;
  /** What the node seen through the proxy gets wrong. */
  readonly breaks: string;
  /** The handler of one proxy (its state lives as long as the proxy). */
  make(context: ProxyContext): Forward;
}

export const FAULT_NAMES = [
  "no-tenancy-check",
  "idempotency-shared-across-keys",
  "malformed-cursor-500",
  "problem-without-content-type",
  "receipt-gap",
  "if-match-ignored",
  "wrong-field",
  "page-drops-item",
  "missing-version-header",
  "scope-ignored",
  "no-428",
  "route-missing",
] as const;
export type Fault = (typeof FAULT_NAMES)[number];

/** The faults, by name, each with the requirement it breaks: none missing, none extra. */
export const FAULTS: { readonly [K in Fault]: FaultSpec } = {
  "no-tenancy-check": {
    requirement: "GH-TENANT-001",
    breaks: "members.get answers a key of another chamber as if it were a key of the path's chamber",
    make(context) {
      const keyOf = chamberKeys(context);
      return async (incoming) => {
        const chamber = /^\/chambers\/([^/]+)\/members\/[^/]+$/.exec(pathOf(incoming))?.[1];
        if (incoming.method !== "GET" || chamber === undefined || !incoming.headers.authorization)
          return context.forward(incoming);
        const key = await keyOf(decodeURIComponent(chamber));
        return context.forward(
          key ? { ...incoming, headers: { ...incoming.headers, authorization: `Bearer ${key}` } } : incoming,
        );
      };
    },
  },
  "idempotency-shared-across-keys": {
    requirement: "GH-IDEM-004",
    breaks: "the first answer to a method, path and Idempotency-Key is replayed to any key",
    make(context) {
      const answers = new Map<string, Promise<Upstream>>();
      return (incoming) => {
        const idempotencyKey = incoming.headers["idempotency-key"];
        if (idempotencyKey === undefined) return context.forward(incoming);
        const slot = `${incoming.method} ${incoming.path} ${idempotencyKey}`;
        let answer = answers.get(slot);
        if (answer === undefined) {
          answer = context.forward(incoming);
          answers.set(slot, answer);
        }
        return answer;
      };
    },
  },
  "malformed-cursor-500": {
    requirement: "GH-PAGE-004",
    breaks: "a cursor the node refuses is answered 500 instead of a 4xx",
    make(context) {
      return async (incoming) => {
        const answer = await context.forward(incoming);
        const refused = answer.status >= 400 && answer.status < 500 && ![401, 429].includes(answer.status);
        if (!refused || !new URL(incoming.path, "http://node").searchParams.has("cursor")) return answer;
        return withJson(
          { ...answer, status: 500 },
          {
            type: `${PROBLEM_BASE_URI}internal`,
            title: "Internal Server Error",
            status: 500,
            detail: "The cursor could not be read.",
          },
        );
      };
    },
  },
  "problem-without-content-type": {
    requirement: "GH-PROBLEM-001",
    breaks: "every 4xx and 5xx answer says application/json rather than application/problem+json",
    make(context) {
      return async (incoming) => {
        const answer = await context.forward(incoming);
        if (answer.status < 400) return answer;
        return {
          ...answer,
          headers: { ...answer.headers, "content-type": "application/json; charset=utf-8" },
        };
      };
    },
  },
  "receipt-gap": {
    requirement: "GH-DOMAIN-001",
    breaks: "receipt numbers of payments recorded through the proxy skip a number each",
    make(context) {
      return receiptGap(context);
    },
  },
  "if-match-ignored": {
    requirement: "GH-ETAG-002",
    breaks: "a stale If-Match is replaced by the record's current ETag, so the update goes through",
    make(context) {
      return async (incoming) => {
        if (isSafe(incoming) || incoming.headers["if-match"] === undefined) return context.forward(incoming);
        const etag = await currentEtag(context, incoming);
        return context.forward(
          etag ? { ...incoming, headers: { ...incoming.headers, "if-match": etag } } : incoming,
        );
      };
    },
  },
  "wrong-field": {
    requirement: "GH-SCHEMA-001",
    breaks: "members.get answers legalName as a number",
    make(context) {
      return async (incoming) => {
        const answer = await context.forward(incoming);
        const member = jsonOf(answer) as Record<string, unknown> | undefined;
        if (
          incoming.method !== "GET" ||
          answer.status !== 200 ||
          !/^\/chambers\/[^/]+\/members\/[^/]+$/.test(pathOf(incoming)) ||
          typeof member?.legalName !== "string"
        )
          return answer;
        return withJson(answer, { ...member, legalName: 404 });
      };
    },
  },
  "page-drops-item": {
    requirement: "GH-PAGE-002",
    breaks: "every page that has a next cursor loses its last item",
    make(context) {
      return async (incoming) => {
        const answer = await context.forward(incoming);
        const page = jsonOf(answer) as { items?: unknown; nextCursor?: unknown } | undefined;
        if (
          incoming.method !== "GET" ||
          answer.status !== 200 ||
          !Array.isArray(page?.items) ||
          typeof page.nextCursor !== "string"
        )
          return answer;
        return withJson(answer, { ...page, items: page.items.slice(0, -1) });
      };
    },
  },
  "missing-version-header": {
    requirement: "GH-VERSION-001",
    breaks: "no answer carries Ghorfa-Version",
    make(context) {
      return async (incoming) => {
        const answer = await context.forward(incoming);
        const { "ghorfa-version": _dropped, ...headers } = answer.headers;
        return { ...answer, headers };
      };
    },
  },
  "scope-ignored": {
    requirement: "GH-SCOPE-001",
    breaks: "a request refused with 403 is sent again with a key of the path's chamber that has every scope",
    make(context) {
      const keyOf = chamberKeys(context);
      return async (incoming) => {
        const answer = await context.forward(incoming);
        const chamber = /^\/chambers\/([^/]+)\//.exec(pathOf(incoming))?.[1];
        if (answer.status !== 403 || chamber === undefined) return answer;
        const key = await keyOf(decodeURIComponent(chamber));
        if (!key) return answer;
        return context.forward({
          ...incoming,
          headers: { ...incoming.headers, authorization: `Bearer ${key}` },
        });
      };
    },
  },
  "no-428": {
    requirement: "GH-ETAG-003",
    breaks: "an update without If-Match is sent with the record's current ETag",
    make(context) {
      return async (incoming) => {
        if (incoming.method !== "PATCH" || incoming.headers["if-match"] !== undefined)
          return context.forward(incoming);
        const etag = await currentEtag(context, incoming);
        return context.forward(
          etag ? { ...incoming, headers: { ...incoming.headers, "if-match": etag } } : incoming,
        );
      };
    },
  },
  "route-missing": {
    requirement: "GH-ROUTE-001",
    breaks: "members.setStatus answers 404 as if the node had no such route",
    make(context) {
      return async (incoming) => {
        if (
          incoming.method !== "POST" ||
          !/^\/chambers\/[^/]+\/members\/[^/]+\/status$/.test(pathOf(incoming))
        )
          return context.forward(incoming);
        return withJson(
          { status: 404, headers: { "content-type": "application/problem+json" }, body: Buffer.alloc(0) },
          { type: `${PROBLEM_BASE_URI}not-found`, title: "Not Found", status: 404 },
        );
      };
    },
  },
};

/**
 * Receipt numbers (`YYYY-NNNNNN`, by chamber and year) as the node gives them below the first
 * payment recorded through the proxy, and with a gap after each one from it on: the n-th
 * number from it shows as `first + 2n + 1`. The first one shifts too, so that a gap shows both
 * against the numbers taken before and between the payments recorded through the proxy. A read of
 * a receipt by a shown number reaches the real one; a number in a gap reaches none.
 */
function receiptGap(context: ProxyContext): Forward {
  const firsts = new Map<string, number>();
  const numberOf = (text: string) => {
    const match = /^(\d{4})-(\d{6})$/.exec(text);
    return match ? { year: match[1] as string, n: Number(match[2]) } : undefined;
  };
  const format = (year: string, n: number) => `${year}-${String(n).padStart(6, "0")}`;
  const shown = (chamber: string, real: string) => {
    const parsed = numberOf(real);
    const first = parsed && firsts.get(`${chamber} ${parsed.year}`);
    if (!parsed || first === undefined || parsed.n < first) return real;
    return format(parsed.year, 2 * parsed.n - first + 1);
  };
  const realOf = (chamber: string, text: string) => {
    const parsed = numberOf(text);
    const first = parsed && firsts.get(`${chamber} ${parsed.year}`);
    if (!parsed || first === undefined || parsed.n < first) return text;
    const doubled = parsed.n + first - 1;
    // A number in a gap: one the node never gave.
    return doubled % 2 === 0 && parsed.n > first
      ? format(parsed.year, doubled / 2)
      : format(parsed.year, 999999);
  };
  const rewrite = (value: unknown, chamber: string): unknown => {
    if (Array.isArray(value)) return value.map((item) => rewrite(item, chamber));
    if (value === null || typeof value !== "object") return value;
    return Object.fromEntries(
      Object.entries(value).map(([name, field]) => [
        name,
        name === "receiptNumber" && typeof field === "string"
          ? shown(chamber, field)
          : rewrite(field, chamber),
      ]),
    );
  };

  return async (incoming) => {
    const path = pathOf(incoming);
    const chamber = /^\/chambers\/([^/]+)\//.exec(path)?.[1];
    if (chamber === undefined) return context.forward(incoming);
    const receipt = /^(\/chambers\/[^/]+\/receipts\/)([^/]+)$/.exec(path);
    const sent = receipt
      ? {
          ...incoming,
          path: `${receipt[1]}${realOf(chamber, decodeURIComponent(receipt[2] as string))}${queryOf(incoming)}`,
        }
      : incoming;
    const answer = await context.forward(sent);
    const body = jsonOf(answer);
    if (
      incoming.method === "POST" &&
      /\/payments$/.test(path) &&
      answer.status === 201 &&
      typeof (body as { receiptNumber?: unknown } | undefined)?.receiptNumber === "string"
    ) {
      const parsed = numberOf((body as { receiptNumber: string }).receiptNumber);
      const slot = parsed && `${chamber} ${parsed.year}`;
      if (parsed && slot && !firsts.has(slot)) firsts.set(slot, parsed.n);
    }
    if (body === undefined) return answer;
    const rewritten = withJson(answer, rewrite(body, chamber));
    const location = answer.headers.location;
    const moved = location && /^(.*\/receipts\/)([^/?]+)$/.exec(location);
    return moved
      ? {
          ...rewritten,
          headers: { ...rewritten.headers, location: `${moved[1]}${shown(chamber, moved[2] as string)}` },
        }
      : rewritten;
  };
}

/** Full keys of each chamber, made once with the operator's key; `undefined` for a chamber the node refuses. */
function chamberKeys(context: ProxyContext): (chamber: string) => Promise<string | undefined> {
  const keys = new Map<string, Promise<string | undefined>>();
  return (chamber) => {
    let key = keys.get(chamber);
    if (key === undefined) {
      key = context
        .forward({
          method: "POST",
          path: "/admin/keys",
          headers: { authorization: `Bearer ${context.operatorKey}`, "content-type": "application/json" },
          body: Buffer.from(
            JSON.stringify({ chamberId: chamber, name: "broken proxy", scopes: CHAMBER_SCOPES }),
          ),
        })
        .then((answer) => {
          const secret = (jsonOf(answer) as { secret?: unknown } | undefined)?.secret;
          return answer.status === 201 && typeof secret === "string" ? secret : undefined;
        });
      keys.set(chamber, key);
    }
    return key;
  };
}

/** The ETag of the record an update is about: its own path, or its parent's for an action (`…/status`). */
async function currentEtag(context: ProxyContext, incoming: Incoming): Promise<string | undefined> {
  const {
    "if-match": _ifMatch,
    "if-none-match": _ifNoneMatch,
    "idempotency-key": _idempotencyKey,
    "content-type": _contentType,
    ...headers
  } = incoming.headers;
  const path = pathOf(incoming);
  for (const candidate of [path, path.slice(0, path.lastIndexOf("/"))]) {
    const answer = await context.forward({ method: "GET", path: candidate, headers, body: Buffer.alloc(0) });
    if (answer.status === 200 && answer.headers.etag) return answer.headers.etag;
  }
  return undefined;
}

function isSafe(incoming: Incoming): boolean {
  return ["GET", "HEAD", "OPTIONS"].includes(incoming.method);
}

function pathOf(incoming: Incoming): string {
  const query = incoming.path.indexOf("?");
  return query === -1 ? incoming.path : incoming.path.slice(0, query);
}

function queryOf(incoming: Incoming): string {
  const query = incoming.path.indexOf("?");
  return query === -1 ? "" : incoming.path.slice(query);
}

/** The answer's body as JSON, when it says it is JSON and parses. */
export function jsonOf(answer: Upstream): unknown {
  if (!/json/i.test(answer.headers["content-type"] ?? "") || answer.body.length === 0) return undefined;
  try {
    return JSON.parse(answer.body.toString("utf8"));
  } catch {
    return undefined;
  }
}

function withJson(answer: Upstream, value: unknown): Upstream {
  const type = answer.headers["content-type"];
  return {
    ...answer,
    headers: {
      ...answer.headers,
      "content-type": type && answer.status < 500 ? type : "application/problem+json; charset=utf-8",
    },
    body: Buffer.from(JSON.stringify(value)),
  };
}
