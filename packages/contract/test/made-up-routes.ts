import { MemberId } from "@ghorfa/schemas";
import * as z from "zod";
import type { Access } from "../src/access";
import { findBreakingChanges } from "../src/breaking/compare";
import { describeContract } from "../src/breaking/describe";
import type { BreakingKind } from "../src/breaking/schema-diff";
import { Page, PageQuery } from "../src/pagination";
import { type Route, type RouteDefinition, route } from "../src/route";

// Small made-up contracts for the breaking-change gate's tests: one route of each kind, each
// built from the parts a test changes.

const common = { summary: "s", tag: "members" } as const;
const scoped: Access = { kind: "scoped", scope: "members:write" };

/** `GET /things/{thingId}` answering `response`. */
export function getRoute(response: z.ZodType, change: Partial<RouteDefinition> = {}): Route {
  return route({
    ...common,
    method: "GET",
    path: "/things/{thingId}",
    params: z.object({ thingId: MemberId }),
    access: { kind: "public" },
    etag: true,
    responses: { 200: response },
    ...change,
  } as RouteDefinition);
}

/** `GET /things` taking `query` (with the page query) and answering a page of `item`. */
export function listRoute(item: z.ZodType, query: z.ZodObject = PageQuery): Route {
  return route({
    ...common,
    method: "GET",
    path: "/things",
    query,
    access: { kind: "public" },
    paginated: true,
    responses: { 200: Page(item) },
  });
}

/** `POST /things` taking `body`. */
export function createRoute(body: z.ZodType, change: Partial<RouteDefinition> = {}): Route {
  return route({
    ...common,
    method: "POST",
    path: "/things",
    body,
    access: scoped,
    responses: { 201: z.object({ id: MemberId }) },
    ...change,
  } as RouteDefinition);
}

/** The breaking changes from the contract of `before` to that of `after` (routes by key). */
export function changesBetween(before: Record<string, Route>, after: Record<string, Route>) {
  return findBreakingChanges(describeContract(before), describeContract(after));
}

/** The kinds of the breaking changes, each once, sorted. */
export function kindsBetween(before: Record<string, Route>, after: Record<string, Route>): BreakingKind[] {
  return [...new Set(changesBetween(before, after).map((change) => change.kind))].sort();
}
