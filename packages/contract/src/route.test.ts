import { ChamberId, MemberId, MemberStatus } from "@ghorfa/schemas";
import { describe, expect, it } from "vitest";
import * as z from "zod";
import { Page, PageQuery } from "./pagination";
import { pathParamNames, route } from "./route";

const base = { summary: "s", tag: "members", access: { kind: "public" } } as const;

describe("route()", () => {
  it("refuses params that do not match the path", () => {
    expect(() =>
      route({
        ...base,
        method: "GET",
        path: "/chambers/{chamberId}/members/{memberId}",
        params: z.object({ chamberId: ChamberId }),
        responses: { 200: MemberStatus },
      }),
    ).toThrow(/do not match the path/);
    expect(() =>
      route({ ...base, method: "GET", path: "/chambers/{chamberId}", responses: { 200: MemberStatus } }),
    ).toThrow(/do not match/);
  });

  it("refuses a route with two success statuses, or none", () => {
    expect(() =>
      route({ ...base, method: "POST", path: "/x", responses: { 200: MemberStatus, 201: MemberStatus } }),
    ).toThrow(/one success status/);
    expect(() => route({ ...base, method: "POST", path: "/x", responses: {} })).toThrow(/one success status/);
  });

  it("refuses a paginated route without limit and cursor, and a GET with a body", () => {
    expect(() =>
      route({ ...base, method: "GET", path: "/x", paginated: true, responses: { 200: Page(MemberStatus) } }),
    ).toThrow(/limit and cursor/);
    expect(() =>
      route({ ...base, method: "GET", path: "/x", body: MemberStatus, responses: { 200: MemberStatus } }),
    ).toThrow(/no body/);
    expect(() =>
      route({
        ...base,
        method: "GET",
        path: "/x",
        query: PageQuery,
        paginated: true,
        responses: { 200: Page(MemberStatus) },
      }),
    ).not.toThrow();
  });

  it("derives the problems from what the route does", () => {
    const read = route({ ...base, method: "GET", path: "/x", responses: { 200: MemberStatus } });
    // A public route too: a key the node does not know is refused, not ignored.
    expect(read.problems).toContain("unauthorized");
    // A public route too: a member's session is refused on all but its own record (issue 15).
    expect(read.problems).toContain("forbidden");
    expect(read.problems).not.toContain("csrf-origin");
    expect(read.problems).not.toContain("idempotency-conflict");
    expect(read.idempotent).toBe(false);
    const update = route({
      ...base,
      method: "PATCH",
      path: "/m/{memberId}",
      params: z.object({ memberId: MemberId }),
      body: z.object({ status: MemberStatus }),
      access: { kind: "scoped", scope: "members:write" },
      ifMatch: "required",
      responses: { 200: MemberStatus },
      problems: ["invalid-transition"],
    });
    expect(update.idempotent).toBe(true);
    expect(update.problems).toEqual(
      expect.arrayContaining([
        "unauthorized",
        "forbidden",
        "not-found",
        "idempotency-conflict",
        "precondition-required",
        "precondition-failed",
        "invalid-transition",
        "csrf-origin",
      ]),
    );
  });

  it("validates the headers it defines, by their lowercase names, and lets others pass", () => {
    const create = route({
      ...base,
      method: "POST",
      path: "/x",
      body: MemberStatus,
      responses: { 201: MemberStatus },
    });
    expect(create.headers.safeParse({ "idempotency-key": "7f3e-01", "user-agent": "curl" }).success).toBe(
      true,
    );
    expect(create.headers.safeParse({ "idempotency-key": "two words" }).success).toBe(false);
    expect(create.headers.safeParse({ "ghorfa-version": "latest" }).success).toBe(false);
    expect(create.responseHeaders).toEqual(
      expect.arrayContaining(["Location", "X-Request-Id", "Ghorfa-Version"]),
    );
  });

  it("reads path parameter names from the template", () => {
    expect(pathParamNames("/chambers/{chamberId}/receipts/{receiptNumber}")).toEqual([
      "chamberId",
      "receiptNumber",
    ]);
    expect(pathParamNames("/.well-known/ghorfa")).toEqual([]);
  });
});
