import { type Route, routes } from "@ghorfa/contract";
import { describe, expect, it } from "vitest";
import { CHAMBER_PATH, describeRoute, isChamberRoute, routeEntries, routeTable } from "./route-descriptor";

describe("describeRoute", () => {
  it("writes the key, the method, the path and one letter per trait", () => {
    expect(describeRoute("members.list", routes["members.list"])).toBe("members.list GET @ qp");
    expect(describeRoute("members.update", routes["members.update"])).toBe(
      "members.update PATCH @/{memberId} bmi",
    );
    expect(describeRoute("node.info", routes["node.info"])).toBe("node.info GET /.well-known/ghorfa");
    expect(describeRoute("leases.payments.list", routes["leases.payments.list"])).toBe(
      "leases.payments.list GET @/{leaseId}/payments qp",
    );
    expect(describeRoute("admin.keys.revoke", routes["admin.keys.revoke"])).toBe(
      "admin.keys.revoke DELETE /admin/keys/{keyId} i",
    );
  });

  it("shortens a chamber's path, and its resource's, only at a segment's end", () => {
    const route = { ...routes["members.get"], path: `${CHAMBER_PATH}/membership/{memberId}` };
    expect(describeRoute("members.get", route)).toBe("members.get GET ~/membership/{memberId}");
    expect(describeRoute("chambers.get", routes["chambers.get"])).toBe(
      "chambers.get GET /chambers/{chamberId}",
    );
  });

  it("refuses a key or a path that would break the table apart", () => {
    expect(() => describeRoute("members.list,x", routes["members.list"])).toThrow(TypeError);
    expect(() => describeRoute("x", { ...routes["node.info"], path: "/a b" })).toThrow(TypeError);
  });
});

describe("routeEntries", () => {
  it("reads back the key, method, path and traits of every route of a table", () => {
    const entries = routeEntries(routeTable(routes));
    expect(entries.map(([key]) => key)).toEqual(Object.keys(routes));
    for (const [key, method, path, flags] of entries) {
      const route: Route = routes[key as keyof typeof routes];
      expect([method, path], key).toEqual([route.method, route.path]);
      expect(flags.includes("b"), key).toBe(route.body !== undefined);
      expect(flags.includes("q"), key).toBe(route.query !== undefined);
      expect(flags.includes("p"), key).toBe(route.paginated === true);
      expect(flags.includes("m"), key).toBe(route.ifMatch !== undefined);
      expect(flags.includes("i"), key).toBe(route.idempotent);
      expect(path.startsWith(`${CHAMBER_PATH}/`), key).toBe(isChamberRoute(route));
    }
  });
});
