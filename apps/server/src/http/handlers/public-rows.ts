import type { Access, RouteKey } from "@ghorfa/contract";
import { routes } from "@ghorfa/contract";
import { NotFoundError } from "../../services";

/** The values of the field that make a row public on a route, from the contract's access rule. */
export function publicValues(key: RouteKey): readonly unknown[] | undefined {
  const access: Access = routes[key].access;
  return access.kind === "public-view" ? access.publicRows?.in : undefined;
}

/**
 * `entity` when the caller may see it: always in the full view; in the public view only when the
 * route's public-rows field holds a public value. Anything else is answered as if it did not exist.
 */
export function visible<T extends object>(key: RouteKey, view: "full" | "public", entity: T, id: string): T {
  if (view === "full") return entity;
  const access: Access = routes[key].access;
  const rows = access.kind === "public-view" ? access.publicRows : undefined;
  const value = (entity as Record<string, unknown>)[rows?.field ?? ""];
  if (rows && !(rows.in as readonly unknown[]).includes(value)) {
    throw new NotFoundError(key.split(".")[0] ?? "record", id);
  }
  return entity;
}
