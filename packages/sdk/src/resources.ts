import { paginate } from "./pagination";
import { compilePath, queryString } from "./request-url";
import type { ChamberResources, Resources, RouteMap } from "./resource-types";
import { isChamberRoute, type RouteTable, routeEntries } from "./route-descriptor";
import type { CallOptions, Transport } from "./transport";

export { isChamberRoute } from "./route-descriptor";

type AnyMethod = (...args: unknown[]) => unknown;
type Tree = { [name: string]: Tree | AnyMethod };

/**
 * Hangs the method of each route on a tree, the same walk the types make: `a.b.c` is the method
 * `c` of `a.b`, and a paginated one brings an `iterate` beside it. With `chamberId`, only the
 * chamber's routes, that id filled. All a call needs is worked out here, once per route.
 */
function buildTree(table: RouteTable, send: Transport, chamberId?: string): Tree {
  const tree: Tree = {};
  for (const route of routeEntries(table)) {
    const [key, , path, flags] = route;
    if (isChamberRoute({ path }) !== (chamberId !== undefined)) continue;
    const fill = compilePath(path);
    // The positional arguments: the path's parameters, but the chamber's when it is bound.
    const count = path.split("{").length - (chamberId === undefined ? 1 : 2);
    const hasBody = flags.includes("b");
    const hasQuery = flags.includes("q");
    const takesInput = hasBody || hasQuery;
    const call: AnyMethod = (...args) => {
      const input = takesInput ? args[count] : undefined;
      return send({
        route,
        path:
          fill(chamberId === undefined ? args : [chamberId, ...args]) +
          (hasQuery ? queryString(input as Record<string, unknown> | undefined) : ""),
        body: hasBody ? input : undefined,
        recordId: count ? String(args[count - 1]) : undefined,
        options: args[count + (takesInput ? 1 : 0)] as CallOptions | undefined,
      });
    };
    const segments = key.split(".");
    const name = segments.pop() as string;
    let node = tree;
    for (const segment of segments) {
      node[segment] ??= {};
      node = node[segment] as Tree;
    }
    node[name] = call;
    if (flags.includes("p")) {
      node[name === "list" ? "iterate" : `iterate${name[0]?.toUpperCase()}${name.slice(1)}`] = (...args) =>
        paginate(call as Parameters<typeof paginate>[0], args, count);
    }
  }
  return tree;
}

/**
 * The client's resources, built from a route table at run time. Each chamber's tree is made on
 * first use and kept (the federation has twelve).
 */
export function buildResources<Rs extends RouteMap>(table: RouteTable, send: Transport): Resources<Rs> {
  // No prototype: any string may be asked for as a chamber id.
  const chambers: Record<string, Tree> = Object.create(null);
  const chamber = (chamberId: string) => {
    chambers[chamberId] ??= buildTree(table, send, chamberId);
    return chambers[chamberId] as ChamberResources<Rs>;
  };
  return Object.assign(buildTree(table, send), { chamber }) as unknown as Resources<Rs>;
}
