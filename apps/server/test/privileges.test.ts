import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { apiKeys as apiKeysTable, idempotencyKeys } from "../src/db/schema";
import { members } from "../src/services";
import { create as createKey } from "../src/services/api-keys";
import { openTestApp, type TestApp } from "./app-fixture";

// Who may do what, and what stays secret: the privileges an attacker tried to widen.

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

const json = (
  method: "GET" | "POST" | "PATCH",
  url: string,
  options: { authorization?: string; body?: unknown; headers?: Record<string, string> } = {},
) =>
  t.app.inject({
    method,
    url,
    headers: {
      ...(options.authorization ? { authorization: options.authorization } : {}),
      ...(options.body === undefined ? {} : { "content-type": "application/json" }),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });

const keyCount = async () =>
  Number(
    (
      (await t.database.db.execute(sql`select count(*)::int as n from ${apiKeysTable}`)) as unknown as {
        rows: { n: number }[];
      }
    ).rows[0]?.n,
  );

describe("API keys", () => {
  it("refuses to give a chamber's key the admin scope, and creates nothing", async () => {
    const before = await keyCount();
    const response = await json("POST", "/admin/keys", {
      authorization: t.keys.operator,
      body: { chamberId: "ma-09", name: "escalation", scopes: ["members:read", "admin"] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/body/scopes/1"]);
    expect(await keyCount()).toBe(before);
  });

  it("never stores a usable key with the admin scope, whoever writes the row", async () => {
    await expect(
      createKey(t.database.db, { chamberId: "ma-09", name: "direct", scopes: ["admin" as never] }),
    ).rejects.toThrow();
  });

  it("shows a key's secret once: a retry with its Idempotency-Key gets 409 and the key's Location", async () => {
    const request = () =>
      json("POST", "/admin/keys", {
        authorization: t.keys.operator,
        body: { chamberId: "ma-09", name: "shown once", scopes: ["members:read"] },
        headers: { "idempotency-key": "secret-once-1", "accept-language": "fr-MA" },
      });
    const before = await keyCount();
    const first = await request();
    expect(first.statusCode).toBe(201);
    const { secret, id } = first.json() as { secret: string; id: string };
    const again = await request();
    expect(again.statusCode).toBe(409);
    expect(again.headers["content-type"]).toContain("application/problem+json");
    expect(again.headers.location).toBe(`/admin/keys/${id}`);
    expect(again.body).not.toContain(secret);
    expect(again.json().detail).toContain("Location");
    expect(await keyCount()).toBe(before + 1);
    // No row of the idempotency table, in any column, holds the secret or a part of it.
    const rows = (await t.database.db.execute(
      sql`select ${idempotencyKeys}::text as row from ${idempotencyKeys}`,
    )) as unknown as { rows: { row: string }[] };
    expect(rows.rows.length).toBeGreaterThan(0);
    const hidden = secret.slice("ghorfa_".length);
    for (const { row } of rows.rows) expect(row).not.toContain(hidden.slice(0, 16));
  });
});

describe("Publishing an agreement", () => {
  const party = (chamberId: "ma-09" | "ma-06", name: string) =>
    ({
      kind: "federation_chamber",
      role: "signatory",
      chamberId,
      name: { fr: name },
      country: "MA",
    }) as const;
  const body = (reference: string) => ({
    reference,
    kind: "twinning",
    title: { fr: `Jumelage ${reference}` },
    parties: [party("ma-09", "CCIS Souss-Massa"), party("ma-06", "CCIS Casablanca-Settat")],
    period: { start: "2026-02-01" },
    domains: ["trade_promotion"],
    commitments: [],
    documents: [],
    published: true,
  });
  const publicIds = async (chamberId: string) => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page = await json(
        "GET",
        `/chambers/${chamberId}/agreements?limit=100${cursor ? `&cursor=${cursor}` : ""}`,
      );
      expect(page.statusCode).toBe(200);
      const { items, nextCursor } = page.json() as { items: { id: string }[]; nextCursor: string | null };
      ids.push(...items.map((item) => item.id));
      cursor = nextCursor;
    } while (cursor);
    return ids;
  };

  it("publishes into the publishing chamber's public list only, until another party publishes too", async () => {
    const created = await json("POST", "/chambers/ma-09/agreements", {
      authorization: t.keys.soussMassa,
      body: body("PUB-1"),
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json() as { id: string };
    expect(await publicIds("ma-09")).toContain(id);
    expect(await publicIds("ma-06")).not.toContain(id);
    expect((await json("GET", `/chambers/ma-06/agreements/${id}`)).statusCode).toBe(404);

    // Casablanca sees the agreement, as its own: not published by it.
    const seen = await json("GET", `/chambers/ma-06/agreements/${id}`, { authorization: t.keys.casablanca });
    expect(seen.statusCode).toBe(200);
    expect(seen.json().published).toBe(false);

    // Casablanca consents: now in both lists. Then Agadir withdraws: only in Casablanca's.
    const consent = await json("PATCH", `/chambers/ma-06/agreements/${id}`, {
      authorization: t.keys.casablanca,
      body: { published: true },
      headers: { "if-match": String(seen.headers.etag) },
    });
    expect(consent.statusCode).toBe(200);
    expect(consent.json().published).toBe(true);
    expect(await publicIds("ma-06")).toContain(id);
    expect(await publicIds("ma-09")).toContain(id);

    const current = await json("GET", `/chambers/ma-09/agreements/${id}`, {
      authorization: t.keys.soussMassa,
    });
    expect(current.json().published).toBe(true);
    const withdraw = await json("PATCH", `/chambers/ma-09/agreements/${id}`, {
      authorization: t.keys.soussMassa,
      body: { published: false },
      headers: { "if-match": String(current.headers.etag) },
    });
    expect(withdraw.statusCode).toBe(200);
    expect(await publicIds("ma-09")).not.toContain(id);
    expect(await publicIds("ma-06")).toContain(id);
  });

  it("keeps each party's choice when another party changes a shared field", async () => {
    const created = await json("POST", "/chambers/ma-09/agreements", {
      authorization: t.keys.soussMassa,
      body: body("PUB-2"),
    });
    const { id } = created.json() as { id: string };
    const seen = await json("GET", `/chambers/ma-06/agreements/${id}`, { authorization: t.keys.casablanca });
    const renamed = await json("PATCH", `/chambers/ma-06/agreements/${id}`, {
      authorization: t.keys.casablanca,
      body: { title: { fr: "Jumelage renommé" } },
      headers: { "if-match": String(seen.headers.etag) },
    });
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json().published).toBe(false);
    const agadir = await json("GET", `/chambers/ma-09/agreements/${id}`, {
      authorization: t.keys.soussMassa,
    });
    expect(agadir.json()).toMatchObject({ published: true, title: { fr: "Jumelage renommé" } });
    expect(await publicIds("ma-09")).toContain(id);
    expect(await publicIds("ma-06")).not.toContain(id);
  });
});

describe("The public directory's search", () => {
  it("matches only what the public view shows: an ICE finds nothing without the chamber's key", async () => {
    const page = await members.list(t.database.db, { chamberId: "ma-09", limit: 100, status: "active" });
    const member = page.items[0];
    if (!member) throw new Error("No active member in the demo data");
    const ice = member.identifiers.ice;
    for (const q of [ice, ice.slice(0, 9), ice.slice(3, 12)]) {
      const anonymous = await json("GET", `/chambers/ma-09/members?q=${q}&limit=100`);
      expect(anonymous.statusCode).toBe(200);
      const found = (anonymous.json().items as { id: string; legalName: string }[]).map((m) => m.id);
      expect(found).not.toContain(member.id);
    }
    const entitled = await json("GET", `/chambers/ma-09/members?q=${ice}`, {
      authorization: t.keys.soussMassa,
    });
    expect((entitled.json().items as { id: string }[]).map((m) => m.id)).toContain(member.id);
    // What the public does see is still found.
    const byName = await json(
      "GET",
      `/chambers/ma-09/members?q=${encodeURIComponent(member.legalName)}&limit=100`,
    );
    expect((byName.json().items as { id: string }[]).map((m) => m.id)).toContain(member.id);
  });
});
