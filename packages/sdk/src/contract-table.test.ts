import { readFileSync } from "node:fs";
import { PROBLEM_KINDS, problemUri, routes } from "@ghorfa/contract";
import { expect, it } from "vitest";
import { contractTableSource } from "../scripts/contract-table";
import { PROBLEM_BASE_URI, ROUTE_TABLE } from "./contract-table";
import { routeEntries } from "./route-descriptor";

it("is the table the contract gives today (npm run build regenerates it)", () => {
  const committed = readFileSync(new URL("./contract-table.ts", import.meta.url), "utf8");
  expect(committed).toBe(contractTableSource());
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
