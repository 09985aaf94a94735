import type { Lease } from "@ghorfa/schemas";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "../src/errors";
import { sessionFetch } from "../src/session-fetch";

// A client without a key, signed in as a member: the session cookie is kept by `sessionFetch`,
// against the real reference node over HTTP.
let node: TestNode;
let mine: Lease;
let theirs: Lease;
beforeAll(async () => {
  node = await startNode();
  const staff = createClient({ baseUrl: node.url, apiKey: await node.key("ma-09") });
  const { items } = await staff.chamber("ma-09").leases.list({ status: "active", limit: 100 });
  mine = items[0] as Lease;
  theirs = items.find((lease) => lease.tenantId !== mine.tenantId) as Lease;
});
afterAll(() => node?.close());

describe("a client with a session instead of a key", () => {
  it("signs in as a member, reads its own lease and not another's, signs out, and is then refused", async () => {
    const { email, password } = await node.account("ma-09", { role: "member", memberId: mine.tenantId });
    const fetch = sessionFetch();
    const client = createClient({ baseUrl: node.url, fetch, locale: "en" });
    const session = await client.auth.signIn({ chamberId: "ma-09", email, password });
    expect(session.account).toMatchObject({ role: "member", memberId: mine.tenantId });
    expect(fetch.cookies(node.url).has("ghorfa_session")).toBe(true);

    const ccis = client.chamber("ma-09");
    expect((await ccis.leases.get(mine.id)).id).toBe(mine.id);
    const listed = await ccis.leases.list({ limit: 100 });
    expect(listed.items.every((lease) => lease.tenantId === mine.tenantId)).toBe(true);
    await expect(ccis.leases.get(theirs.id)).rejects.toBeInstanceOf(NotFoundError);
    // A write sent with the session carries the node's Origin, and is refused for its role only.
    await expect(ccis.leases.setStatus(mine.id, { status: "terminated" })).rejects.toBeInstanceOf(
      ForbiddenError,
    );

    await client.auth.signOut();
    expect(fetch.cookies(node.url).has("ghorfa_session")).toBe(false);
    await expect(ccis.leases.get(mine.id)).rejects.toBeInstanceOf(UnauthorizedError);
    await expect(client.auth.session()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("keeps one session per sessionFetch: another client without it is anonymous", async () => {
    const { email, password } = await node.account("ma-09", { role: "viewer" });
    const signedIn = createClient({ baseUrl: node.url, fetch: sessionFetch() });
    await signedIn.auth.signIn({ chamberId: "ma-09", email, password });
    expect((await signedIn.auth.session()).account.email).toBe(email);
    const anonymous = createClient({ baseUrl: node.url });
    await expect(anonymous.auth.session()).rejects.toBeInstanceOf(UnauthorizedError);
  });

  it("passes `credentials` to fetch", async () => {
    const seen: RequestCredentials[] = [];
    const client = createClient({
      baseUrl: node.url,
      credentials: "include",
      fetch: (input, init) => {
        seen.push((input as Request).credentials);
        return fetch(input, init);
      },
    });
    await client.node.info();
    expect(seen).toEqual(["include"]);
  });
});
