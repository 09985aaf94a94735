import { CONTRACT_VERSION } from "@ghorfa/contract";
import { newMember } from "@ghorfa/testing/inputs";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client";
import {
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  PreconditionFailedError,
  PreconditionRequiredError,
  UnauthorizedError,
  ValidationError,
} from "../src/errors";

// Against the real reference node (apps/server, PGlite), over HTTP.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(() => node?.close());

const client = (options: { locale?: string; apiKey?: string } = {}) =>
  createClient({ baseUrl: node.url, apiKey: key, locale: "fr-MA", validateResponses: true, ...options });

describe("reads", () => {
  it("describes the node and speaks its contract version", async () => {
    const info = await client().node.info();
    expect(info.supportedVersions).toContain(CONTRACT_VERSION);
    expect(info.chambers).toContain("ma-09");
    expect(info.$response.headers.get("ghorfa-version")).toBe(CONTRACT_VERSION);
  });

  it("gives the request id the node logged on every result", async () => {
    const chamber = await client().chambers.get("ma-09");
    expect(chamber.id).toBe("ma-09");
    expect(chamber.$response.requestId).toBe(chamber.$response.headers.get("x-request-id"));
    expect(chamber.$response.requestId).toBeTruthy();
  });

  it("walks every member page by page, each once, in the order of the pages", async () => {
    const ccis = client().chamber("ma-09");
    const paged: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await ccis.members.list({ limit: 7, cursor });
      paged.push(...page.items.map((member) => member.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const iterated: string[] = [];
    for await (const member of ccis.members.iterate({ limit: 7 })) iterated.push(member.id);
    expect(iterated).toEqual(paged);
    expect(new Set(iterated).size).toBe(iterated.length);
    expect(iterated.length).toBeGreaterThan(7);
  });

  it("asks for no further page once the caller stops iterating", async () => {
    const seen: string[] = [];
    const ccis = createClient({
      baseUrl: node.url,
      apiKey: key,
      hooks: { beforeRequest: [(request) => void seen.push(request.url)] },
    }).chamber("ma-09");
    for await (const member of ccis.members.iterate({ limit: 3 })) {
      if (member) break;
    }
    expect(seen).toHaveLength(1);
  });

  it("passes filters through to the node", async () => {
    const { items } = await client().chamber("ma-09").members.list({ section: "industry", limit: 50 });
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((member) => member.section === "industry")).toBe(true);
  });

  it("reads the rent roll of the demo complex for January 2026", async () => {
    const roll = await client().chamber("ma-09").reports.rentRoll({ month: "2026-01" });
    expect(roll.month).toBe("2026-01");
    expect(JSON.stringify(roll)).toContain("17000000");
  });

  it("reads a chamber's overview: the rent roll's total as the month's rent due", async () => {
    const overview = await client()
      .chamber("ma-09")
      .reports.overview({ month: "2026-01", asOf: "2026-01-31" });
    expect(overview.rent.due).toEqual({ amount: 17_000_000, currency: "MAD" });
    expect(overview.arrears.byAge.map((age) => age.age)).toEqual([
      "days_0_30",
      "days_31_60",
      "days_61_90",
      "days_over_90",
    ]);
  });
});

describe("writes", () => {
  it("creates a member once and reads it back with its ETag", async () => {
    const ccis = client().chamber("ma-09");
    const created = await ccis.members.create(newMember());
    expect(created.status).toBe("pending");
    expect(created.$response.status).toBe(201);
    expect(created.$response.etag).toMatch(/^"/);
    const read = await ccis.members.get(created.id);
    expect(read.id).toBe(created.id);
  });

  it("updates with the ETag of the last read, and refuses a stale one with 412", async () => {
    const ccis = client().chamber("ma-09");
    const created = await ccis.members.create(newMember());
    const stale = created.$response.etag as string;
    const updated = await ccis.members.update(created.id, { tradeName: "Argane Souss" });
    expect(updated.tradeName).toBe("Argane Souss");
    expect(updated.$response.etag).not.toBe(stale);
    const refused = ccis.members.update(created.id, { tradeName: "Autre" }, { ifMatch: stale });
    await expect(refused).rejects.toBeInstanceOf(PreconditionFailedError);
    expect((await ccis.members.get(created.id)).tradeName).toBe("Argane Souss");
  });

  it("lets the node ask for If-Match when this client never read the record", async () => {
    const created = await client().chamber("ma-09").members.create(newMember());
    const fresh = client().chamber("ma-09");
    await expect(fresh.members.update(created.id, { tradeName: "X" })).rejects.toBeInstanceOf(
      PreconditionRequiredError,
    );
  });

  it("names the allowed statuses when a transition is refused", async () => {
    const ccis = client().chamber("ma-09");
    const created = await ccis.members.create(newMember());
    // A pending member may become active or be struck off, not be suspended.
    const error = await ccis.members.setStatus(created.id, { status: "suspended" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toBeInstanceOf(ConflictError);
    expect([...(error as InvalidTransitionError).allowed].sort()).toEqual(["active", "struck_off"]);
  });

  it("turns a duplicate ICE into a ConflictError", async () => {
    const ccis = client().chamber("ma-09");
    const body = newMember();
    await ccis.members.create(body);
    await expect(ccis.members.create({ ...body, legalName: "Doublon SARL" })).rejects.toBeInstanceOf(
      ConflictError,
    );
  });
});

describe("errors", () => {
  it("gives the fields at fault of a refused body, in the client's language", async () => {
    const bad = { ...newMember(), identifiers: { ice: "123", rc: { court: "Agadir", number: "1" } } };
    const inFrench = await client({ locale: "fr-MA" })
      .chamber("ma-09")
      .members.create(bad)
      .catch((e: unknown) => e);
    const inEnglish = await client({ locale: "en" })
      .chamber("ma-09")
      .members.create(bad)
      .catch((e: unknown) => e);
    expect(inFrench).toBeInstanceOf(ValidationError);
    const pointers = (inFrench as ValidationError).errors.map((e) => e.pointer);
    expect(pointers.some((pointer) => pointer.endsWith("/identifiers/ice"))).toBe(true);
    expect((inFrench as ValidationError).problem.title).not.toBe(
      (inEnglish as ValidationError).problem.title,
    );
    expect((inFrench as ValidationError).requestId).toBe(
      (inFrench as ValidationError).headers.get("x-request-id"),
    );
  });

  it("tells a missing record from a missing key and a missing right", async () => {
    const missing = "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";
    await expect(client().chamber("ma-09").members.get(missing)).rejects.toBeInstanceOf(NotFoundError);
    const unknownKey = client({ apiKey: "ghorfa_not_a_key_at_all_0000000000000" });
    await expect(unknownKey.chamber("ma-09").leases.list()).rejects.toBeInstanceOf(UnauthorizedError);
    const otherChamber = client({ apiKey: await node.key("ma-06") });
    await expect(otherChamber.chamber("ma-09").members.create(newMember())).rejects.toBeInstanceOf(
      ForbiddenError,
    );
  });

  it("rejects with the signal's reason when the caller aborts", async () => {
    const controller = new AbortController();
    controller.abort(new Error("user left the page"));
    await expect(client().node.info({ signal: controller.signal })).rejects.toThrow("user left the page");
  });
});
