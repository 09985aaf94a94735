import { readFileSync } from "node:fs";
import { PROBLEM_KINDS, problemUri, routes } from "@ghorfa/contract";
import { expect, it } from "vitest";
import * as z from "zod";
import { contractResponsesSource, contractTableSource } from "../scripts/contract-table";
import { SUCCESS_SCHEMAS } from "./contract-responses";
import { PROBLEM_BASE_URI, ROUTE_TABLE } from "./contract-table";
import { routeEntries } from "./route-descriptor";

it("is the table the contract gives today (npm run build regenerates it)", () => {
  const committed = readFileSync(new URL("./contract-table.ts", import.meta.url), "utf8");
  expect(committed).toBe(contractTableSource());
});

it("is the response table the contract gives today (npm run build regenerates it)", () => {
  const committed = readFileSync(new URL("./contract-responses.ts", import.meta.url), "utf8");
  expect(committed).toBe(contractResponsesSource());
});

it("validates each route's success body with the schema the contract gives it", () => {
  expect(Object.keys(SUCCESS_SCHEMAS)).toEqual(Object.keys(routes));
  for (const route of Object.values(routes)) {
    const contract = route.responses[route.successStatus as keyof typeof route.responses] as z.ZodType | null;
    const ours = SUCCESS_SCHEMAS[route.key] ?? null;
    // Page(…) and List(…) make a new schema each call: the same one is the same JSON Schema.
    if (contract === null || ours === null) expect(ours, route.key).toBe(contract);
    else
      expect(z.toJSONSchema(ours, { io: "output" }), route.key).toEqual(
        z.toJSONSchema(contract, { io: "output" }),
      );
  }
});

it("describes every route as the contract defines it", () => {
  const entries = routeEntries(ROUTE_TABLE);
  expect(entries.map(([key]) => key)).toEqual(Object.keys(routes));
  for (const [key, method, path] of entries) {
    const route = routes[key as keyof typeof routes];
    expect([method, path], key).toEqual([route.method, route.path]);
  }
});

it("names problem types under the contract's namespace", () => {
  for (const kind of PROBLEM_KINDS) expect(problemUri(kind)).toBe(PROBLEM_BASE_URI + kind);
});
