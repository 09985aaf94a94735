import { soussMassa } from "@ghorfa/schemas/fixtures";
import { newMember } from "@ghorfa/testing/inputs";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createClient } from "../src/client";
import { InvalidTransitionError, NotFoundError, ValidationError } from "../src/errors";

// The label programme through the SDK, against the real reference node (PGlite), over HTTP.
let node: TestNode;
let key: string;
beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
});
afterAll(() => node?.close());

const ccis = () =>
  createClient({ baseUrl: node.url, apiKey: key, locale: "en", validateResponses: true }).chamber("ma-09");
const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Africa/Casablanca" }).format(new Date());

describe("labels through the SDK", () => {
  it("applies, audits, grants, and anyone verifies the number without a key", async () => {
    const [scheme] = (await ccis().labels.schemes.list({ code: "souss-massa-quality" })).items;
    if (!scheme) throw new Error("no seeded scheme");
    const member = await ccis().members.create(newMember());
    const application = await ccis().labels.applications.create({
      schemeId: scheme.id,
      memberId: member.id,
      product: { fr: "Miel de thym", ar: "عسل الزعتر" },
      category: "honey",
      province: "Tiznit",
    });
    expect(application.status).toBe("submitted");
    const audited = await ccis().labels.audits.create(application.id, {
      date: today,
      auditor: "Bureau Qualité Souss",
      scores: scheme.criteria.map((criterion) => ({ criterion: criterion.code, score: 85 })),
    });
    expect(audited.audits[0]?.weightedScore).toBe(85);
    const granted = await ccis().labels.decisions.create(application.id, {
      kind: "granted",
      date: today,
      auditId: audited.audits[0]?.id as never,
    });
    const grant = granted.decisions[0];
    if (grant?.kind !== "granted") throw new Error("not granted");
    expect(grant.labelNumber).toMatch(new RegExp(`^SM-${today.slice(0, 4)}-\\d{6}$`));

    const anyone = createClient({ baseUrl: node.url, validateResponses: true }).chamber("ma-09");
    const verified = await anyone.labels.verify(grant.labelNumber);
    expect(verified).toMatchObject({ status: "granted", holder: member.legalName, category: "honey" });
    const shown = await ccis().members.get(member.id);
    expect(shown.labels.map((label) => label.code)).toEqual(["souss-massa-quality"]);
  });

  it("maps the programme's refusals to the SDK's errors", async () => {
    const anyone = createClient({ baseUrl: node.url }).chamber("ma-09");
    await expect(anyone.labels.verify("SM-2026-999999")).rejects.toBeInstanceOf(NotFoundError);
    const refused = soussMassa.labelApplications.find((a) => a.decisions.at(-1)?.kind === "refused");
    if (!refused) throw new Error("no refused application in the fixtures");
    const below = await ccis()
      .labels.decisions.create(refused.id, {
        kind: "granted",
        date: today,
        auditId: refused.audits[0]?.id as never,
      })
      .catch((e: unknown) => e);
    expect(below).toBeInstanceOf(ValidationError);
    const suspended = soussMassa.labelApplications.find((a) => a.status === "suspended");
    if (!suspended) throw new Error("no suspended application in the fixtures");
    const regrant = await ccis()
      .labels.decisions.create(suspended.id, {
        kind: "granted",
        date: today,
        auditId: suspended.audits[0]?.id as never,
      })
      .catch((e: unknown) => e);
    expect(regrant).toBeInstanceOf(InvalidTransitionError);
    expect([...(regrant as InvalidTransitionError).allowed]).toEqual(["reinstated", "withdrawn"]);
  });
});
