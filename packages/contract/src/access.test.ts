import { describe, expect, it } from "vitest";
import { type Access, decideAccess } from "./access";
import { routes } from "./routes";

const agadirReader = { chamberId: "ma-09", scopes: ["members:read"] } as const;
const casablancaReader = { chamberId: "ma-06", scopes: ["members:read", "members:write"] } as const;

describe("access rules", () => {
  it("lets anyone read the directory and the node, without a key", () => {
    for (const key of ["node.info", "chambers.list", "chambers.get"] as const) {
      expect(decideAccess(routes[key].access, { caller: null, chamberId: "ma-09" })).toEqual({
        allowed: true,
        view: "full",
      });
    }
  });

  it("gives a key of chamber A only the public view of chamber B's members", () => {
    const access = routes["members.list"].access;
    expect(decideAccess(access, { caller: casablancaReader, chamberId: "ma-09" })).toEqual({
      allowed: true,
      view: "public",
    });
    expect(decideAccess(access, { caller: agadirReader, chamberId: "ma-09" })).toEqual({
      allowed: true,
      view: "full",
    });
    expect(decideAccess(access, { caller: null, chamberId: "ma-09" })).toEqual({
      allowed: true,
      view: "public",
    });
  });

  it("gives the public view to a key of the chamber that lacks the scope", () => {
    const caller = { chamberId: "ma-09", scopes: ["leases:read"] } as const;
    expect(decideAccess(routes["members.get"].access, { caller, chamberId: "ma-09" })).toMatchObject({
      view: "public",
    });
  });

  it("refuses a write without a key (401) and with a key of another chamber or scope (403)", () => {
    const access = routes["members.create"].access;
    expect(decideAccess(access, { caller: null, chamberId: "ma-09" })).toEqual({
      allowed: false,
      problem: "unauthorized",
    });
    expect(decideAccess(access, { caller: casablancaReader, chamberId: "ma-09" })).toEqual({
      allowed: false,
      problem: "forbidden",
    });
    expect(decideAccess(access, { caller: agadirReader, chamberId: "ma-09" })).toEqual({
      allowed: false,
      problem: "forbidden",
    });
    expect(decideAccess(access, { caller: casablancaReader, chamberId: "ma-06" })).toEqual({
      allowed: true,
      view: "full",
    });
  });

  it("opens the admin routes to the admin scope only, which opens nothing else", () => {
    const operator = { chamberId: "ma-09", scopes: ["admin"] } as const;
    expect(decideAccess(routes["admin.keys.list"].access, { caller: operator })).toEqual({
      allowed: true,
      view: "full",
    });
    expect(decideAccess(routes["admin.keys.list"].access, { caller: agadirReader })).toEqual({
      allowed: false,
      problem: "forbidden",
    });
    expect(decideAccess(routes["leases.list"].access, { caller: operator, chamberId: "ma-09" })).toEqual({
      allowed: false,
      problem: "forbidden",
    });
  });

  it("needs the scope each route names, and only it", () => {
    const scoped: Access = { kind: "scoped", scope: "agreements:write" };
    const every = [
      "members:read",
      "members:write",
      "leases:read",
      "leases:write",
      "agreements:read",
      "admin",
    ];
    expect(
      decideAccess(scoped, { caller: { chamberId: "ma-09", scopes: every }, chamberId: "ma-09" }),
    ).toMatchObject({ allowed: false });
    expect(
      decideAccess(scoped, {
        caller: { chamberId: "ma-09", scopes: ["agreements:write"] },
        chamberId: "ma-09",
      }),
    ).toMatchObject({ allowed: true });
  });

  it("makes published agreements and active members the only public rows", () => {
    expect(routes["agreements.list"].access).toMatchObject({
      publicRows: { field: "published", in: [true] },
    });
    expect(routes["members.list"].access).toMatchObject({ publicRows: { field: "status", in: ["active"] } });
  });
});
