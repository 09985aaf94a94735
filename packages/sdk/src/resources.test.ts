import { CONTRACT_VERSION, defineRoutes, route, routeList, routes } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { type Echo, type EchoServer, startEchoServer } from "../test/echo-server";
import { createClient, createClientFor } from "./client";
import { isChamberRoute } from "./resources";
import { requestIdOf } from "./response-meta";

let echo: EchoServer;
beforeAll(async () => {
  echo = await startEchoServer();
});
afterAll(() => echo.close());

const MEMBER = "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";
const LEASE = "lse_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";

function client() {
  return createClient({ baseUrl: `${echo.url}/`, apiKey: "ghorfa_test", locale: "fr-MA" });
}

/** What the echo server answered: the request as it saw it. */
const seen = (result: unknown) => result as unknown as Echo;

function at(tree: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((node, name) => (node as Record<string, unknown> | undefined)?.[name], tree);
}

describe("resources", () => {
  it("gives every contract route a method at its key, under chamber() when its path is a chamber's", () => {
    const c = client();
    const ccis = c.chamber("ma-09");
    for (const [key, value] of Object.entries(routes)) {
      const tree = isChamberRoute(value) ? ccis : c;
      expect(typeof at(tree, key.split(".")), key).toBe("function");
    }
  });

  it("gives every paginated list an iterate beside it", () => {
    const ccis = client().chamber("ma-09");
    for (const value of routeList) {
      if (!value.paginated) continue;
      const path = value.key.split(".");
      const tree = isChamberRoute(value) ? ccis : client();
      expect(typeof at(tree, [...path.slice(0, -1), "iterate"]), value.key).toBe("function");
    }
  });

  it("serves a route added to the contract without SDK code", async () => {
    const extended = defineRoutes({
      ...routes,
      "members.archive": route({
        method: "POST",
        path: "/chambers/{chamberId}/members/{memberId}/archive",
        summary: "Archive a member",
        tag: "members",
        params: z.object({ chamberId: z.string(), memberId: z.string() }),
        body: z.object({ reason: z.string() }),
        access: { kind: "scoped", scope: "members:write" },
        responses: { 200: z.object({ archived: z.boolean() }) },
      }),
    });
    const c = createClientFor(extended, { baseUrl: echo.url });
    const answer = seen(await c.chamber("ma-09").members.archive(MEMBER, { reason: "closed" }));
    expect(answer).toMatchObject({
      method: "POST",
      path: `/chambers/ma-09/members/${MEMBER}/archive`,
      body: { reason: "closed" },
    });
  });

  it("fills the path from the chamber and the positional ids, and the query from the object", async () => {
    const ccis = client().chamber("ma-09");
    const answer = seen(await ccis.members.list({ q: "argan", section: "commerce", limit: 20 }));
    expect(answer).toMatchObject({ method: "GET", path: "/chambers/ma-09/members" });
    expect(answer.query).toEqual({ q: ["argan"], section: ["commerce"], limit: ["20"] });
    const payments = seen(await ccis.leases.payments.list(LEASE, { limit: 5 }));
    expect(payments.path).toBe(`/chambers/ma-09/leases/${LEASE}/payments`);
  });

  it("sends the locale, the contract version, the key and a request id on every request", async () => {
    const answer = seen(await client().node.info());
    expect(answer.headers).toMatchObject({
      "accept-language": "fr-MA",
      "ghorfa-version": CONTRACT_VERSION,
      authorization: "Bearer ghorfa_test",
      accept: "application/json",
    });
    expect(answer.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.headers["idempotency-key"]).toBeUndefined();
  });

  it("sends the runtime's language when given no locale, else Arabic", async () => {
    const answer = seen(await createClient({ baseUrl: echo.url }).node.info());
    const runtime = (globalThis as { navigator?: { language?: string } }).navigator?.language;
    expect(answer.headers["accept-language"]).toBe(runtime ?? "ar-MA");
    expect(answer.headers.authorization).toBeUndefined();
  });

  it("sends an Idempotency-Key on unsafe calls, the caller's when given", async () => {
    const ccis = client().chamber("ma-09");
    const made = seen(await ccis.members.setStatus(MEMBER, { status: "active" }));
    expect(made.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{36}$/);
    const given = seen(await ccis.members.setStatus(MEMBER, { status: "active" }, { idempotencyKey: "k-1" }));
    expect(given.headers["idempotency-key"]).toBe("k-1");
  });

  it("sends the ETag of the last read of the record in If-Match, or the one given", async () => {
    const ccis = client().chamber("ma-09");
    const read = await ccis.members.get(MEMBER);
    const etag = read.$response.etag;
    expect(etag).toMatch(/^"\d+"$/);
    const updated = seen(await ccis.members.update(MEMBER, { legalName: "Argan Souss SARL" }));
    expect(updated.headers["if-match"]).toBe(etag);
    expect(updated.body).toEqual({ legalName: "Argan Souss SARL" });
    const explicit = seen(await ccis.members.update(MEMBER, { legalName: "X" }, { ifMatch: '"41"' }));
    expect(explicit.headers["if-match"]).toBe('"41"');
  });

  it("calls the hooks around each attempt", async () => {
    const seenBy: string[] = [];
    const hooked = createClient({
      baseUrl: echo.url,
      hooks: {
        beforeRequest: [
          (request) => {
            request.headers.traceparent = "00-trace-span-01";
            seenBy.push(`before ${request.method} ${request.attempt}`);
          },
        ],
        afterResponse: [(response) => void seenBy.push(`after ${response.status}`)],
      },
    });
    const answer = seen(await hooked.node.info());
    expect(seenBy).toEqual(["before GET 1", "after 200"]);
    expect(answer.headers.traceparent).toBe("00-trace-span-01");
  });

  it("puts the answer's request id on the result without making it part of the data", async () => {
    const result = await client().chambers.list();
    expect(result.$response.requestId).toMatch(/^echo-\d+$/);
    expect(result.$response.status).toBe(200);
    expect(requestIdOf(result)).toBe(result.$response.requestId);
    expect(Object.keys(result)).not.toContain("$response");
    expect(JSON.stringify(result)).not.toContain("$response");
  });

  it("answers a call without a body with its response data all the same", async () => {
    const result = await client().admin.keys.revoke("key_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D", {
      headers: { "x-echo-status": "204" },
    });
    expect(result.$response.status).toBe(204);
    expect(result.$response.requestId).toMatch(/^echo-/);
  });
});
