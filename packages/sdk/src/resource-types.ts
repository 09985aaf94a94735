import type { Route, RouteOutput } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import type * as z from "zod";
import type { WithResponse } from "./response-meta";
import type { CallOptions } from "./transport";

/**
 * The SDK's methods, computed from the contract's route data: no request or response type is
 * written here. A route keyed `a.b.c` becomes the method `c` of `a.b`; one whose path starts
 * with `/chambers/{chamberId}/` hangs under `client.chamber(id)`, with `chamberId` bound; the
 * remaining path parameters become the first arguments, in path order, then the body (or the
 * query), then the call options. A paginated `list` brings an `iterate` beside it.
 */
export type RouteMap = { readonly [key: string]: Route };

/** The path prefix of the routes that belong to one chamber. */
export type ChamberPath = `/chambers/{chamberId}/${string}`;

type PathNames<P extends string> = P extends `${string}{${infer N}}${infer Rest}`
  ? [N, ...PathNames<Rest>]
  : [];

type Drop<T extends readonly string[], X> = T extends readonly [
  infer H extends string,
  ...infer R extends string[],
]
  ? H extends X
    ? Drop<R, X>
    : [H, ...Drop<R, X>]
  : [];

// The schemas are matched by their zod input alone: relating a whole schema type to `z.ZodType`
// would make an adopter's compiler instantiate every member of every schema of the contract.
type ParamsIn<R> = R extends { readonly params: infer S } ? z.input<S> : Record<never, never>;
type BodyIn<R> = R extends { readonly body: infer S } ? z.input<S> : never;
type QueryIn<R> = R extends { readonly query: infer S } ? z.input<S> : never;

type Values<Names extends readonly string[], P> = Names extends readonly [
  infer H extends string,
  ...infer R extends string[],
]
  ? [H extends keyof P ? P[H] : never, ...Values<R, P>]
  : [];

/** The path parameters a method takes first, in path order, without the bound ones. */
type Positional<R extends Route, Bound extends string> = Values<
  Drop<PathNames<R["path"]>, Bound>,
  ParamsIn<R>
>;

/** The arguments of a route's method. */
export type MethodArgs<R extends Route, Bound extends string> = [BodyIn<R>] extends [never]
  ? [QueryIn<R>] extends [never]
    ? [...Positional<R, Bound>, options?: CallOptions]
    : Record<never, never> extends QueryIn<R>
      ? [...Positional<R, Bound>, query?: QueryIn<R>, options?: CallOptions]
      : [...Positional<R, Bound>, query: QueryIn<R>, options?: CallOptions]
  : [...Positional<R, Bound>, body: BodyIn<R>, options?: CallOptions];

/** What a route's method resolves to: the parsed body, with `$response` (request id, ETag…). */
export type MethodResult<R extends Route> = WithResponse<RouteOutput<R>>;

export type RouteMethod<R extends Route, Bound extends string> = (
  ...args: MethodArgs<R, Bound>
) => Promise<MethodResult<R>>;

/** The items of a paginated route's page. */
export type PageItem<R extends Route> = RouteOutput<R> extends { items: readonly (infer T)[] } ? T : never;

export type IterateMethod<R extends Route, Bound extends string> = (
  ...args: MethodArgs<R, Bound>
) => AsyncGenerator<PageItem<R>, void, undefined>;

type Head<K> = K extends `${infer H}.${string}` ? H : never;
type Leaf<K> = K extends `${string}.${string}` ? never : K;
type Tail<K, H extends string> = K extends `${H}.${infer T}` ? T : never;

type At<Rs extends RouteMap, Key extends string> = Rs[Key];

type Paginated<Rs extends RouteMap, Key extends string> =
  At<Rs, Key> extends { readonly paginated: true } ? true : false;

/** The resource at `Prefix` over the route keys `Keys` (relative to it). */
export type ResourceTree<
  Rs extends RouteMap,
  Prefix extends string,
  Keys extends string,
  Bound extends string,
> = {
  [H in Head<Keys>]: ResourceTree<Rs, `${Prefix}${H}.`, Tail<Keys, H>, Bound>;
} & {
  [L in Leaf<Keys>]: RouteMethod<At<Rs, `${Prefix}${L}`>, Bound>;
} & {
  [L in Leaf<Keys> as Paginated<Rs, `${Prefix}${L}`> extends true
    ? L extends "list"
      ? "iterate"
      : `iterate${Capitalize<L>}`
    : never]: IterateMethod<At<Rs, `${Prefix}${L}`>, Bound>;
};

/** Keys of the routes that belong to one chamber. */
export type ChamberKeys<Rs extends RouteMap> = {
  [K in keyof Rs & string]: Rs[K]["path"] extends ChamberPath ? K : never;
}[keyof Rs & string];

/** Keys of the routes outside a chamber: the node, the directory, the operator's. */
export type TopKeys<Rs extends RouteMap> = Exclude<keyof Rs & string, ChamberKeys<Rs>>;

export type ChamberResources<Rs extends RouteMap> = ResourceTree<Rs, "", ChamberKeys<Rs>, "chamberId">;

export type Resources<Rs extends RouteMap> = ResourceTree<Rs, "", TopKeys<Rs>, never> & {
  /**
   * The resources of one chamber: `client.chamber("ma-09").members.list()`. Every chamber route
   * takes the same `chamberId` (the contract's `InChamber`), so its type is named here once,
   * rather than read off each route's parameters, which an adopter's compiler would do per route.
   */
  chamber(chamberId: ChamberId): ChamberResources<Rs>;
};
