import type { AnyRoute } from "@ghorfa/contract";
import type { TestApp } from "./app-fixture";

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
