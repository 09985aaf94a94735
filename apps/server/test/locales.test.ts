import { fieldLabel, LOCALES, type Locale, loadCatalogs, t } from "@ghorfa/i18n";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { memberInput } from "../src/services/test-inputs";
import { openTestApp, type TestApp } from "./app-fixture";

let t0: TestApp;
beforeAll(async () => {
  t0 = await openTestApp();
  await loadCatalogs();
});
afterAll(() => t0.close());

const asked: Record<Locale, string> = { "ar-MA": "ar", "fr-MA": "fr-FR,fr;q=0.9", en: "en-GB", zgh: "zgh" };

describe.each(LOCALES)("errors in %s", (locale) => {
  it("title, detail and field messages are in the caller's language", async () => {
    const body = {
      ...memberInput(9001),
      legalName: "",
      identifiers: { ...memberInput(9001).identifiers, ice: "001561191000067" },
    };
    const response = await t0.app.inject({
      method: "POST",
      url: "/chambers/ma-09/members",
      headers: {
        authorization: t0.keys.soussMassa,
        "content-type": "application/json",
        "accept-language": asked[locale],
      },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    const problem = response.json();
    expect(problem.title).toBe(t(locale, "problem.validation.title"));
    expect(problem.detail).toBe(t(locale, "problem.validation.detail"));
    const pointers = problem.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(["/body/identifiers/ice", "/body/legalName"]);
    const ice = problem.errors.find((e: { pointer: string }) => e.pointer === "/body/identifiers/ice");
    expect(ice.code).toBe("ice_checksum");
    expect(ice.message).toBe(
      t(locale, "issue.ice_checksum", { field: fieldLabel(locale, ["identifiers", "ice"]) }),
    );
  });

  it("a refusal of access is in the caller's language too", async () => {
    const response = await t0.app.inject({
      url: "/chambers/ma-09/leases",
      headers: { "accept-language": asked[locale] },
    });
    expect(response.statusCode).toBe(401);
    expect(response.json().title).toBe(t(locale, "problem.unauthorized.title"));
  });
});

it("writes the four locales' titles differently", async () => {
  const titles = new Set(LOCALES.map((locale) => t(locale, "problem.unauthorized.title")));
  expect(titles.size).toBe(4);
});
