import { describe, expect, it } from "vitest";
import { routeList } from "../routes";
import { ROUTE_EXAMPLES } from "./index";

describe("route examples", () => {
  it("exist for every route", () => {
    expect(Object.keys(ROUTE_EXAMPLES).sort()).toEqual(routeList.map((r) => r.key).sort());
  });

  it.each(routeList.map((route) => [route.key, route] as const))(
    "of %s pass the route's own schemas",
    (key, route) => {
      const example = ROUTE_EXAMPLES[key] as {
        params?: unknown;
        query?: unknown;
        body?: unknown;
        response?: unknown;
      };
      if (route.params) expect(route.params.safeParse(example.params).error).toBeUndefined();
      if (route.query) expect(route.query.safeParse(example.query ?? {}).error).toBeUndefined();
      if (route.body) expect(route.body.safeParse(example.body).error).toBeUndefined();
      // A write's response is the record it leaves behind: a whole, valid entity, cross-field rules included.
      const response = route.responses[route.successStatus];
      if (response) expect(response.safeParse(example.response).error).toBeUndefined();
      else expect(example.response).toBeUndefined();
    },
  );

  it("show what a query asks for: every listed member holds the label filtered on", () => {
    const { query, response } = ROUTE_EXAMPLES["members.list"];
    expect(response?.items.length).toBeGreaterThan(0);
    for (const item of response?.items ?? []) {
      expect(item.labels?.some((label) => label.code === query?.label)).toBe(true);
    }
  });
});
