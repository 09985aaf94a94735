import type { Route } from "@ghorfa/contract";

/**
 * What the client needs of its routes at run time, in one short string: for each route, its key,
 * method, path and one letter per trait (b body, q query, p paginated, m If-Match,
 * i Idempotency-Key), as in `members.list GET @ qp,members.get GET @/{memberId}`. In a path, `~`
 * stands for `/chambers/{chamberId}` and `@` for `~/` and the key's first name. Types come from the
 * contract's route data at compile time; at run time the default client reads this string
 * (`src/contract-table.ts`), so a browser bundle carries no route summaries, examples or schemas.
 */
export type RouteTable = string;

/** The path prefix of a chamber's routes. */
export const CHAMBER_PATH = "/chambers/{chamberId}";

/** Whether a route belongs to one chamber, and so hangs under `client.chamber(id)`. */
export const isChamberRoute = (route: { path: string }): boolean => route.path.startsWith(`${CHAMBER_PATH}/`);

/** One route of a table: `members.list GET @ qp`. */
export function describeRoute(key: string, route: Route): string {
  // Spaces and commas separate a table's fields and routes.
  if (/[\s,]/.test(key + route.path))
    throw new TypeError(`A route key or path with a space or comma: ${key}`);
  const traits: [string, unknown][] = [
    ["b", route.body],
    ["q", route.query],
    ["p", route.paginated],
    ["m", route.ifMatch],
    ["i", route.idempotent],
  ];
  const flags = traits
    .filter(([, trait]) => trait)
    .map(([letter]) => letter)
    .join("");
  let path = isChamberRoute(route) ? `~${route.path.slice(CHAMBER_PATH.length)}` : route.path;
  const resource = `~/${key.split(".")[0]}`;
  if (path === resource || path.startsWith(`${resource}/`)) path = `@${path.slice(resource.length)}`;
  return [key, route.method, path, flags].join(" ").trim();
}

/** The table of `routes`. */
export const routeTable = (routes: Readonly<Record<string, Route>>): RouteTable =>
  Object.entries(routes)
    .map(([key, route]) => describeRoute(key, route))
    .join(",");

/** Each route of a table: its key, method, path template and traits. */
export const routeEntries = (
  table: RouteTable,
): [key: string, method: string, path: string, flags: string][] =>
  table.split(",").map((entry) => {
    const [key, method, path, flags = ""] = entry.split(" ") as [string, string, string, string?];
    return [key, method, path.replace(/^@/, `~/${key.split(".")[0]}`).replace(/^~/, CHAMBER_PATH), flags];
  });
