import type { AnyRoute, RouteKey } from "@ghorfa/contract";
import type { TestApp } from "./app-fixture";
import { type Sample, samples } from "./samples";

/** The key that may call `route` in full: the operator's for /admin, the chamber's own otherwise. */
export function entitledKey(t: TestApp, route: AnyRoute): string | undefined {
  if (route.access.kind === "public") return undefined;
  return route.access.scope === "admin" ? t.keys.operator : t.keys.soussMassa;
}

/** A counter shared by the samples of one test file. */
export function counter(start: number): () => number {
  let n = start;
  return () => ++n;
}

/** A valid request of `route` in Souss-Massa, with no key. */
export function sampleOf(
  t: TestApp,
  route: AnyRoute & { key: RouteKey },
  next: () => number,
): Promise<Sample> {
  return samples[route.key]({
    app: t.app,
    db: t.database.db,
    chamberId: "ma-09",
    next,
    operator: t.keys.operator,
  });
}

/** A valid request of `route` in Souss-Massa, sent with the key entitled to it. */
export async function entitledSample(
  t: TestApp,
  route: AnyRoute & { key: RouteKey },
  next: () => number,
): Promise<Sample> {
  const sample = await sampleOf(t, route, next);
  const authorization = entitledKey(t, route);
  return { ...sample, headers: { ...sample.headers, ...(authorization ? { authorization } : {}) } };
}
