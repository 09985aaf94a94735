import type * as z from "zod";
import { contractOwned } from "./owned";

type Node = z.core.$ZodType;

/** The schemas directly inside `node` (fields, items, options, wrapped schema…). */
export function childrenOf(node: Node): Node[] {
  const def = node._zod.def as unknown as Record<string, unknown>;
  const out: unknown[] = [];
  switch (def.type) {
    case "object":
      out.push(...Object.values(def.shape as Record<string, Node>), def.catchall);
      break;
    case "array":
      out.push(def.element);
      break;
    case "union":
      out.push(...(def.options as Node[]));
      break;
    case "intersection":
      out.push(def.left, def.right);
      break;
    case "tuple":
      out.push(...(def.items as Node[]), def.rest);
      break;
    case "record":
    case "map":
      out.push(def.keyType, def.valueType);
      break;
    case "set":
      out.push(def.valueType);
      break;
    case "pipe":
      out.push(def.in, def.out);
      break;
    case "lazy":
      out.push((def.getter as () => Node)());
      break;
    default:
      out.push(def.innerType);
  }
  return out.filter((child): child is Node => typeof child === "object" && child !== null && "_zod" in child);
}

/** Every schema reachable from `roots`, themselves included. */
export function reachableFrom(roots: Iterable<unknown>): Set<Node> {
  const seen = new Set<Node>();
  const todo = [...roots].filter(
    (root): root is Node => typeof root === "object" && root !== null && "_zod" in root,
  );
  for (let node = todo.pop(); node !== undefined; node = todo.pop()) {
    if (seen.has(node)) continue;
    seen.add(node);
    todo.push(...childrenOf(node));
  }
  return seen;
}

/** A leaf of a contract schema that is neither a domain schema nor declared as the contract's own. */
export interface ForeignLeaf {
  readonly path: string;
  readonly type: string;
}

/**
 * The leaves (strings, numbers, enums, literals…) of `schema` that come from neither `domain`
 * (every schema reachable from the exports of @ghorfa/schemas) nor the contract's declared own
 * vocabulary. Composites (objects, arrays, unions, optional…) may be built here; what they hold
 * may not be written here. A domain or owned schema is taken whole, without looking inside.
 */
export function foreignLeaves(schema: Node, domain: ReadonlySet<Node>, path = ""): ForeignLeaf[] {
  if (domain.has(schema) || contractOwned.has(schema)) return [];
  const children = childrenOf(schema);
  const type = schema._zod.def.type;
  if (children.length === 0) return [{ path: path || "(root)", type }];
  if (type === "object") {
    const shape = (schema as z.ZodObject).shape;
    return Object.entries(shape).flatMap(([key, child]) => foreignLeaves(child, domain, `${path}.${key}`));
  }
  return children.flatMap((child, i) =>
    foreignLeaves(child, domain, `${path}${type === "union" ? `|${i}` : ""}`),
  );
}
