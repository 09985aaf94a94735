import type * as z from "zod";
import type { RouteDefinition, SuccessStatus } from "./route";

type Simplify<T> = { [K in keyof T]: T[K] } & {};
// Schemas are read through their `_zod` input and output alone: relating a whole schema type to
// `z.ZodType` would make an adopter's compiler instantiate every member of every schema it meets.
type Part<R, K extends "params" | "query" | "body", IO extends "input" | "output"> = R extends {
  readonly [P in K]: infer S;
}
  ? IO extends "input"
    ? z.input<S>
    : z.output<S>
  : never;

type Parts<R, IO extends "input" | "output"> = ([Part<R, "params", IO>] extends [never]
  ? unknown
  : { params: Part<R, "params", IO> }) &
  ([Part<R, "query", IO>] extends [never]
    ? unknown
    : IO extends "output"
      ? { query: Part<R, "query", IO> }
      : object extends Part<R, "query", IO>
        ? { query?: Part<R, "query", IO> }
        : { query: Part<R, "query", IO> }) &
  ([Part<R, "body", IO>] extends [never] ? unknown : { body: Part<R, "body", IO> });

/** What a caller sends: `{ params, query?, body }`, as far as the route has them (zod input types). */
export type RouteInput<R extends RouteDefinition> = Simplify<Parts<R, "input">>;

/** What a server holds once the request passed the route's schemas (zod output types). */
export type ParsedRouteInput<R extends RouteDefinition> = Simplify<Parts<R, "output">>;

/** The success status of a route (each route has one). */
export type RouteSuccessStatus<R extends RouteDefinition> = keyof R["responses"] & SuccessStatus;

/** What a caller reads back for `status` once parsed (zod output type); `undefined` for no body. */
export type RouteOutput<
  R extends RouteDefinition,
  S extends keyof R["responses"] = RouteSuccessStatus<R>,
> = R["responses"][S] extends { _zod: { output: infer O } } ? O : undefined;

/** What a server may hand to the serializer for `status` (zod input type, defaults still open). */
export type RouteReply<
  R extends RouteDefinition,
  S extends keyof R["responses"] = RouteSuccessStatus<R>,
> = R["responses"][S] extends { _zod: { input: infer I } } ? I : undefined;

/** The request headers of a route, as a caller may send them. */
export type RouteHeaders<R extends { readonly headers: z.ZodType }> = z.input<R["headers"]>;

/** An example exchange of a route: what a caller sends (any part) and the success response. */
export type RouteExample<R extends RouteDefinition> = Partial<RouteInput<R>> & { response?: RouteReply<R> };
