import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase } from "../db/testing";
import {
  ConflictError,
  InvalidTransitionError,
  NotFoundError,
  PreconditionFailedError,
  ValidationError,
} from "./errors";
import * as members from "./members";
import { memberInput } from "./test-inputs";
import { fieldsOf } from "./testing-fields";

let t: TestDatabase;
beforeAll(async () => {
  t = await openTestDatabase();
});
afterAll(() => t.close());

const idsOf = (page: { items: { id: string }[] }) => page.items.map((member) => member.id);

describe("members", () => {
  it("creates a pending member at version 1 that get and list return", async () => {
    const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(10) });
    expect(created.version).toBe(1);
    expect(created.entity).toMatchObject({
      chamberId: "ma-09",
      status: "pending",
      legalName: "Essai 10 SARL",
    });
    expect(created.entity.id).toMatch(/^mem_ma-09_/);
    expect(await members.get(t.db, { chamberId: "ma-09", id: created.entity.id })).toEqual(created);
    const page = await members.list(t.db, { chamberId: "ma-09", q: "Essai 10", limit: 10 });
    expect(idsOf(page)).toContain(created.entity.id);
  });

  it("refuses a member that breaks a rule of the schema, naming the field", async () => {
    const bad = memberInput(11, {
      identifiers: { ice: "001561191000067", rc: { court: "Agadir", number: "1" } },
    });
    const error = await members.create(t.db, { chamberId: "ma-09", input: bad }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(fieldsOf(error)).toContainEqual(
      expect.objectContaining({ pointer: "/identifiers/ice", code: "ice_checksum" }),
    );
  });

  it("refuses a second member with an ICE the chamber holds, not one another chamber holds", async () => {
    const first = await members.create(t.db, { chamberId: "ma-09", input: memberInput(13) });
    const again = memberInput(14, { identifiers: first.entity.identifiers });
    await expect(members.create(t.db, { chamberId: "ma-09", input: again })).rejects.toBeInstanceOf(
      ConflictError,
    );
    await expect(members.create(t.db, { chamberId: "ma-06", input: again })).resolves.toBeDefined();
    const other = await members.create(t.db, { chamberId: "ma-09", input: memberInput(15) });
    await expect(
      members.update(t.db, {
        chamberId: "ma-09",
        id: other.entity.id,
        ifVersion: 1,
        changes: { identifiers: first.entity.identifiers },
      }),
    ).rejects.toBeInstanceOf(ConflictError);
  });

  it("does not show a member to another chamber", async () => {
    const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(12) });
    await expect(members.get(t.db, { chamberId: "ma-06", id: created.entity.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    const page = await members.list(t.db, { chamberId: "ma-06", limit: 100 });
    expect(idsOf(page)).not.toContain(created.entity.id);
  });

  describe("search", () => {
    it("finds Arabic text whatever its hamza seats: أكادير finds اكادير", async () => {
      const created = await members.create(t.db, {
        chamberId: "ma-09",
        input: memberInput(20, { activity: { ar: "خدمات سياحية في اكادير", fr: "Tourisme" } }),
      });
      expect(idsOf(await members.list(t.db, { chamberId: "ma-09", q: "أكادير", limit: 100 }))).toContain(
        created.entity.id,
      );
    });

    it("finds Latin text whatever its accents and case: societe finds Société", async () => {
      const created = await members.create(t.db, {
        chamberId: "ma-09",
        input: memberInput(21, { legalName: "Société Zénith du Souss" }),
      });
      const found = await members.list(t.db, { chamberId: "ma-09", q: "societe ZENITH", limit: 100 });
      expect(idsOf(found)).toEqual([created.entity.id]);
    });

    it("needs every word of the query, and takes % and _ literally", async () => {
      await members.create(t.db, {
        chamberId: "ma-09",
        input: memberInput(22, { legalName: "Argane Tiznit Coop" }),
      });
      expect((await members.list(t.db, { chamberId: "ma-09", q: "argane rabat", limit: 100 })).items).toEqual(
        [],
      );
      expect((await members.list(t.db, { chamberId: "ma-09", q: "argane%", limit: 100 })).items).toEqual([]);
      expect((await members.list(t.db, { chamberId: "ma-09", q: "tiz_it", limit: 100 })).items).toEqual([]);
    });

    it("finds a member by its ICE", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(23) });
      const found = await members.list(t.db, {
        chamberId: "ma-09",
        q: created.entity.identifiers.ice,
        limit: 10,
      });
      expect(idsOf(found)).toEqual([created.entity.id]);
    });
  });

  it("filters by section, status, city (folded) and label", async () => {
    const label = {
      code: "test-filter-label",
      name: { fr: "Label d'essai" },
      product: { fr: "Produit" },
      grantedOn: "2026-01-30",
    };
    const created = await members.create(t.db, {
      chamberId: "ma-09",
      input: memberInput(30, {
        section: "industry",
        labels: [label],
        address: { region: "ma-09", prefecture: "Taroudant", city: "Ouled Teïma" },
      }),
    });
    const id = created.entity.id;
    const list = (filters: members.MemberFilters) =>
      members.list(t.db, { chamberId: "ma-09", limit: 100, ...filters }).then(idsOf);
    expect(await list({ label: "test-filter-label" })).toEqual([id]);
    expect(await list({ city: "ouled teima", label: "test-filter-label" })).toEqual([id]);
    expect(await list({ section: "industry", label: "test-filter-label" })).toEqual([id]);
    expect(await list({ section: "services", label: "test-filter-label" })).toEqual([]);
    expect(await list({ status: ["active", "pending"], label: "test-filter-label" })).toEqual([id]);
    expect(await list({ status: "active", label: "test-filter-label" })).toEqual([]);
  });

  describe("update", () => {
    it("replaces the fields given, at the current version, and moves to the next one", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(40) });
      const patched = await members.update(t.db, {
        chamberId: "ma-09",
        id: created.entity.id,
        ifVersion: 1,
        changes: { tradeName: "Zénith", contacts: { email: "contact@zenith.ma" } },
      });
      expect(patched.version).toBe(2);
      expect(patched.entity).toMatchObject({ tradeName: "Zénith", contacts: { email: "contact@zenith.ma" } });
      expect(patched.entity.createdAt).toBe(created.entity.createdAt);
      expect(await members.get(t.db, { chamberId: "ma-09", id: created.entity.id })).toEqual(patched);
      // The search text follows the new trade name.
      const found = await members.list(t.db, { chamberId: "ma-09", q: "zenith essai 40", limit: 10 });
      expect(idsOf(found)).toEqual([created.entity.id]);
    });

    it("refuses a stale version and changes nothing", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(41) });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      await members.update(t.db, { ...ref, ifVersion: 1, changes: { tradeName: "First" } });
      const before = await members.get(t.db, ref);
      const error = await members
        .update(t.db, { ...ref, ifVersion: 1, changes: { tradeName: "Second" } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PreconditionFailedError);
      expect((error as PreconditionFailedError).currentVersion).toBe(2);
      expect(await members.get(t.db, ref)).toEqual(before);
    });

    it("refuses a patch that breaks a rule and changes nothing", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(42) });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      const error = await members
        .update(t.db, { ...ref, ifVersion: 1, changes: { legalName: "   " } })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect(fieldsOf(error).map((f) => f.pointer)).toEqual(["/legalName"]);
      expect(await members.get(t.db, ref)).toEqual(created);
    });

    it("keeps the id, chamber, status and creation time whatever the patch says", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(43) });
      const patched = await members.update(t.db, {
        chamberId: "ma-09",
        id: created.entity.id,
        ifVersion: 1,
        changes: {
          id: "mem_ma-06_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D",
          status: "active",
          createdAt: "2000-01-01T00:00:00Z",
        } as never,
      });
      expect(patched.entity).toMatchObject({
        id: created.entity.id,
        chamberId: "ma-09",
        status: "pending",
        createdAt: created.entity.createdAt,
      });
    });
  });

  describe("status", () => {
    it("follows the lifecycle of @ghorfa/schemas", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(50) });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      const active = await members.setStatus(t.db, { ...ref, status: "active" });
      expect(active).toMatchObject({ version: 2, entity: { status: "active" } });
      const suspended = await members.setStatus(t.db, { ...ref, status: "suspended", ifVersion: 2 });
      expect(suspended.entity.status).toBe("suspended");
    });

    it("refuses a forbidden move with the allowed next statuses, and changes nothing", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(51) });
      const ref = { chamberId: "ma-09" as const, id: created.entity.id };
      await members.setStatus(t.db, { ...ref, status: "active" });
      const error = await members.setStatus(t.db, { ...ref, status: "pending" }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTransitionError);
      expect((error as InvalidTransitionError).allowed).toEqual(["suspended", "struck_off"]);
      expect((await members.get(t.db, ref)).entity.status).toBe("active");
    });

    it("refuses a stale version", async () => {
      const created = await members.create(t.db, { chamberId: "ma-09", input: memberInput(52) });
      await expect(
        members.setStatus(t.db, {
          chamberId: "ma-09",
          id: created.entity.id,
          status: "active",
          ifVersion: 7,
        }),
      ).rejects.toBeInstanceOf(PreconditionFailedError);
    });
  });
});
