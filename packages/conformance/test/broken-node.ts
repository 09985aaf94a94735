import type { TestNode } from "@ghorfa/testing/node";
import { type ConformanceRun, type RequirementId, runConformance } from "../src/index";

/** Runs only `ids` of the full profile against the reference node, through `fetch` when given. */
export async function runOnly(
  node: TestNode,
  ids: readonly RequirementId[],
  fetch?: typeof globalThis.fetch,
): Promise<ConformanceRun> {
  return runConformance({
    baseUrl: node.url,
    key: await node.key("ma-09"),
    adminKey: node.operatorKey,
    chamber: "ma-09",
    profile: "full",
    property: false,
    only: ids,
    ...(fetch ? { fetch } : {}),
  });
}

/** Each requirement of the run with its outcome, and the first failures' words when it failed. */
export function outcomes(run: ConformanceRun): Record<string, string> {
  const found: Record<string, string> = {};
  for (const result of run.results.filter((r) => r.inScope)) {
    found[result.requirement.id] =
      result.outcome === "failed"
        ? `failed: ${result.failures
            .slice(0, 2)
            .map((f) => `${f.expected} / ${f.received}`)
            .join(" | ")}`
        : result.outcome;
  }
  return found;
}

/** A header of a request as `fetch` got it, whatever form its headers take. */
export function headerOf(init: RequestInit | undefined, name: string): string | undefined {
  return new Headers(init?.headers).get(name) ?? undefined;
}

/** `init` with a header set (or removed, for `undefined`). */
export function withHeader(
  init: RequestInit | undefined,
  name: string,
  value: string | undefined,
): RequestInit {
  const headers = new Headers(init?.headers);
  if (value === undefined) headers.delete(name);
  else headers.set(name, value);
  return { ...init, headers };
}

/** A JSON answer like `answer` with another body (its headers kept, its length dropped). */
export function withJson(answer: Response, body: unknown, status = answer.status): Response {
  const headers = new Headers(answer.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status, headers });
}
