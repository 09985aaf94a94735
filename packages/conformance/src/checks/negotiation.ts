import type { Operation } from "../document";
import { shapeOf } from "../schema-shape";
import { sweepOnce } from "./answers";
import type { Check, CheckContext, Exchange } from "./context";
import { problemKinds, provokeOnce, unknownParams } from "./problems";
import { described, isPaginated, isProblem, rawOperation } from "./records";

/** The header parameter `name` as the document writes it on some operation (description, schema). */
function headerParameter(
  context: CheckContext,
  name: string,
): { readonly description?: string; readonly schema?: unknown } | undefined {
  for (const operation of context.operations) {
    for (const entry of (rawOperation(context, operation)?.parameters ?? []) as { $ref?: string }[]) {
      const ref = entry.$ref;
      const parameter = (
        typeof ref === "string" && ref.startsWith("#/components/parameters/")
          ? context.document.components?.parameters?.[ref.split("/").pop() as string]
          : entry
      ) as { name?: string; in?: string; description?: string; schema?: unknown } | undefined;
      if (parameter?.in === "header" && parameter.name?.toLowerCase() === name.toLowerCase())
        return parameter;
    }
  }
  return undefined;
}

/** The languages the document names in its Accept-Language parameter: `(ar-MA, fr-MA, en, zgh)`. */
export function documentedLanguages(context: CheckContext): string[] {
  const description = headerParameter(context, "accept-language")?.description ?? "";
  const listed = /\(([^)]*)\)/.exec(description)?.[1] ?? "";
  return listed
    .split(",")
    .map((tag) => tag.trim())
    .filter((tag) => /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag));
}

/** The contract versions the document's Ghorfa-Version parameter accepts (its enum). */
export function supportedVersions(context: CheckContext): string[] {
  const parameter = context.operations
    .flatMap((operation) => operation.parameters)
    .find((p) => p.in === "header" && p.name.toLowerCase() === "ghorfa-version");
  return parameter ? (shapeOf(parameter.schema, context.document).enum ?? []).map(String) : [];
}

// Scripts of the contract's languages whose titles a reader could not mistake for another's.
const SCRIPTS: Readonly<Record<string, { readonly name: string; readonly letters: RegExp }>> = {
  ar: { name: "Arabic", letters: /[\u0600-\u06FF]/ },
  zgh: { name: "Tifinagh", letters: /[\u2D30-\u2D7F]/ },
};

const primary = (tag: string) => tag.split("-")[0]?.toLowerCase() ?? "";
const sameTag = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const titleOf = (exchange: Exchange) => {
  const title = (exchange.json as { title?: unknown } | undefined)?.title;
  return typeof title === "string" ? title : undefined;
};

/** A read the node must refuse with 404: a record that does not exist, by the document's example ids. */
function missingRecord(context: CheckContext): { operation: Operation; path: string } | undefined {
  for (const operation of context.operations) {
    if (operation.method !== "GET" || operation.scopes.includes("admin")) continue;
    const names = (operation.path.match(/\{([^}]+)\}/g) ?? [])
      .map((n) => n.slice(1, -1))
      .filter((n) => n !== "chamberId");
    if (names.length === 0) continue;
    const params = unknownParams(context, operation, names);
    if (params) return { operation, path: context.path(operation.path, params) };
  }
  return undefined;
}

/**
 * GH-I18N-001: a 404 asked for in each language the document names has its title in that
 * language (Content-Language says so, the titles differ, Arabic and Tifinagh titles are in their
 * script), and a language the node does not speak falls back to one it does.
 */
const titlesFollowLanguage: Check = {
  requirement: "GH-I18N-001",
  name: "problem titles follow Accept-Language",
  writes: false,
  async run(context) {
    const languages = documentedLanguages(context);
    if (languages.length === 0) return { skipped: "the document names no language in Accept-Language" };
    const target = missingRecord(context);
    if (!target) return { skipped: "no read of the document can name a record that does not exist" };
    const titles = new Map<string, string>();
    for (const language of languages) {
      const exchange = await context.call("GET", target.path, { headers: { "accept-language": language } });
      const title = titleOf(exchange);
      const contentLanguage = exchange.response.headers["content-language"] ?? "";
      const expected = `a problem asked for in ${language} has its title in ${language} and Content-Language: ${language}`;
      if (exchange.response.status < 400 || !isProblem(exchange) || title === undefined) {
        context.fail(exchange, expected, `${described(exchange)}, no problem title`);
        continue;
      }
      if (!contentLanguage.split(",").some((tag) => sameTag(tag, language))) {
        context.fail(exchange, expected, `Content-Language: ${contentLanguage || "(none)"}`);
      }
      const script = SCRIPTS[primary(language)];
      if (script && !script.letters.test(title)) {
        context.fail(exchange, `${expected}, in ${script.name} script`, `title ${JSON.stringify(title)}`);
      }
      const twin = [...titles].find(([, other]) => other === title)?.[0];
      if (twin !== undefined) {
        context.fail(
          exchange,
          `${expected}, not the ${twin} title`,
          `the same title as in ${twin}: ${title}`,
        );
      }
      titles.set(language, title);
    }
    // A language no node of the contract speaks: the node answers in one of the contract's.
    const exchange = await context.call("GET", target.path, { headers: { "accept-language": "ja" } });
    const contentLanguage = exchange.response.headers["content-language"] ?? "";
    const fallback = languages.find((language) => sameTag(language, contentLanguage));
    const expected = `a language the node does not speak falls back to one of ${languages.join(", ")}, named in Content-Language, with its title`;
    if (fallback === undefined) {
      context.fail(
        exchange,
        expected,
        `${described(exchange)}, Content-Language: ${contentLanguage || "(none)"}`,
      );
    } else if (titles.has(fallback) && titles.get(fallback) !== titleOf(exchange)) {
      context.fail(
        exchange,
        expected,
        `Content-Language: ${fallback}, but the title ${JSON.stringify(titleOf(exchange))} is not its ${JSON.stringify(titles.get(fallback))}`,
      );
    }
    return undefined;
  },
};

/**
 * GH-VERSION-001: every answer of the run's sweep and refusals says its version in Ghorfa-Version
 * (one the document supports); each supported version asked for is echoed; an unsupported one is
 * refused with 400 problem+json of the document's unsupported-version kind.
 */
const versionNegotiated: Check = {
  requirement: "GH-VERSION-001",
  name: "Ghorfa-Version is answered, echoed and refused",
  writes: false,
  async run(context) {
    const supported = supportedVersions(context);
    if (supported.length === 0) return { skipped: "the document gives Ghorfa-Version no list of versions" };
    const seen = [
      ...(await sweepOnce(context)).map((a) => a.exchange),
      ...(await provokeOnce(context)).map((p) => p.exchange),
    ];
    for (const exchange of seen) {
      const version = exchange.response.headers["ghorfa-version"];
      if (version === undefined || !supported.includes(version)) {
        context.fail(
          exchange,
          `every answer carries Ghorfa-Version, one of ${supported.join(", ")}`,
          `${described(exchange)}, Ghorfa-Version: ${version ?? "(none)"}`,
        );
      }
    }
    const reads = context.operations.filter(
      (operation) =>
        operation.method === "GET" &&
        !operation.path.includes("{") &&
        !operation.parameters.some((p) => p.required),
    );
    const scoped = context.operations.find(
      (operation) =>
        isPaginated(operation) &&
        operation.scopes.length > 0 &&
        !operation.scopes.includes("admin") &&
        operation.path.match(/\{[^}]+\}/g)?.length === 1,
    );
    const targets = [...reads.slice(0, 1), ...(scoped ? [scoped] : [])].map((operation) =>
      context.path(operation.path),
    );
    for (const path of targets) {
      for (const version of supported) {
        const exchange = await context.call("GET", path, { headers: { "ghorfa-version": version } });
        const answered = exchange.response.headers["ghorfa-version"];
        if (exchange.response.status !== 200 || answered !== version) {
          context.fail(
            exchange,
            `Ghorfa-Version: ${version} is served (200) and echoed`,
            `${described(exchange)}, Ghorfa-Version: ${answered ?? "(none)"}`,
          );
        }
      }
      const kinds = problemKinds(context.document);
      // The kind the Ghorfa-Version parameter's description names for "another value".
      const told = headerParameter(context, "ghorfa-version")?.description ?? "";
      const refusal = [...kinds.statuses].find(
        ([kind, statuses]) => statuses.has(400) && new RegExp(`\\b${kind}\\b`).test(told),
      )?.[0];
      for (const version of ["1999-01-01", "garbage"].filter((v) => !supported.includes(v))) {
        const exchange = await context.call("GET", path, { headers: { "ghorfa-version": version } });
        const type = (exchange.json as { type?: unknown } | undefined)?.type;
        const expected = `Ghorfa-Version: ${version} is refused with 400 problem+json${refusal ? ` ${refusal}` : ""}`;
        if (
          exchange.response.status !== 400 ||
          !isProblem(exchange) ||
          (refusal !== undefined && type !== `${kinds.base}${refusal}`)
        ) {
          context.fail(exchange, expected, described(exchange));
        }
      }
    }
    return undefined;
  },
};

const RATE_HEADER = /^(x-)?ratelimit(-limit|-remaining|-reset)?$/;

/** Where a 429 comes, it says when to come back: Retry-After in seconds, and a problem. */
function checkRateLimited(context: CheckContext, exchange: Exchange): void {
  if (exchange.response.status !== 429) return;
  const retryAfter = exchange.response.headers["retry-after"];
  const body = exchange.json as { retryAfter?: unknown } | undefined;
  if (
    retryAfter === undefined ||
    !/^\d+$/.test(retryAfter) ||
    !isProblem(exchange) ||
    typeof body?.retryAfter !== "number"
  ) {
    context.fail(
      exchange,
      "a 429 carries Retry-After in seconds and is problem+json with retryAfter",
      `${described(exchange)}, Retry-After: ${retryAfter ?? "(none)"}`,
    );
  }
}

/**
 * GH-RATE-001, the headers: the rate-limit headers the document lists on an answer are there, and
 * those a node sends of its own accord (RateLimit-*, X-RateLimit-*) hold counts, the remaining
 * never above the limit. Every 429 the run met carries Retry-After.
 */
const rateHeaders: Check = {
  requirement: "GH-RATE-001",
  name: "answers carry sound rate-limit headers",
  writes: false,
  async run(context) {
    const reads = context.operations
      .filter(
        (o) =>
          o.method === "GET" &&
          !o.parameters.some((p) => p.required && p.in !== "path") &&
          (o.path.match(/\{[^}]+\}/g) ?? []).every((n) => n === "{chamberId}") &&
          !o.scopes.includes("admin"),
      )
      .slice(0, 4);
    for (const operation of reads) {
      const exchange = await context.call("GET", context.path(operation.path));
      checkRateLimited(context, exchange);
      const spec = operation.responses[String(exchange.response.status)];
      for (const name of Object.keys(spec?.headers ?? {}).filter((n) => RATE_HEADER.test(n))) {
        if (exchange.response.headers[name] === undefined)
          context.fail(
            exchange,
            `${operation.id} answers the ${name} header its document lists`,
            `${described(exchange)} without ${name}`,
          );
      }
      const sent = Object.entries(exchange.response.headers).filter(
        ([name]) => RATE_HEADER.test(name) && !name.endsWith("ratelimit"),
      );
      const count = (suffix: string) => sent.find(([name]) => name.endsWith(suffix))?.[1];
      const bad = sent.filter(([, value]) => !/^\d+$/.test(value.trim()));
      const limit = count("-limit");
      const remaining = count("-remaining");
      if (
        bad.length > 0 ||
        (limit !== undefined && remaining !== undefined && Number(remaining) > Number(limit))
      ) {
        context.fail(
          exchange,
          "rate-limit headers hold counts, the remaining never above the limit",
          sent.map(([n, v]) => `${n}: ${v}`).join(", "),
        );
      }
    }
    for (const { exchange } of await provokeOnce(context)) checkRateLimited(context, exchange);
    return undefined;
  },
};

/** Requests a fresh key may spend to meet its limit; past it the node's limit is not a low one. */
const RATE_BUDGET = 120;

/**
 * GH-RATE-001, the 429: in the `full` profile only, a key minted for the run (a bucket of its own
 * on a node that counts by key, as the contract's keys are) reads one cheap list until the node
 * says stop, within a budget a production node does not notice; its 429 must carry Retry-After.
 * A node whose limit is above the budget is not pushed further: the check says so and skips.
 */
const rateLimited: Check = {
  requirement: "GH-RATE-001",
  name: "a 429 carries Retry-After",
  writes: true,
  async run(context) {
    if (context.profile !== "full") return { skipped: "meeting a rate limit is for the full profile" };
    const list = context.operations.find(
      (operation) =>
        isPaginated(operation) &&
        operation.scopes.length > 0 &&
        !operation.scopes.includes("admin") &&
        operation.path.match(/\{[^}]+\}/g)?.length === 1,
    );
    if (!list) return { skipped: "the document has no list of a chamber to read" };
    const key = await context.mintKey({ scopes: list.scopes.slice(0, 1) });
    if (key === undefined) return { skipped: "needs the operator's key, to mint a key of its own" };
    for (let sent = 0; sent < RATE_BUDGET; sent++) {
      const exchange = await context.call("GET", context.path(list.path), { key, query: { limit: 1 } });
      if (exchange.response.status === 429) {
        checkRateLimited(context, exchange);
        return undefined;
      }
    }
    return {
      skipped: `a fresh key read ${RATE_BUDGET} times without a 429: the node's limit is above what the kit spends`,
    };
  },
};

export const negotiationChecks: readonly Check[] = [
  titlesFollowLanguage,
  versionNegotiated,
  rateHeaders,
  rateLimited,
];
