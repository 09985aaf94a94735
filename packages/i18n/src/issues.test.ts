import { ghorfaRawIssue, MemberIdentifiers, MoroccanPhone } from "@ghorfa/schemas";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { loadCatalogs } from "./catalog";
import { formatDate } from "./dates";
import { formatIssues, toJsonPointer } from "./issues";
import type { Locale } from "./locale";
import { formatMoney } from "./money";

beforeAll(() => loadCatalogs());

const NBSP = "\u00a0";
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

/** The plain sentences for what `schema` says of `value`. */
function said(schema: z.ZodType, value: unknown, locale: Locale): string[] {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return formatIssues(result.error, locale).map((issue) => plain(issue.message));
}

const named = (min: number) => z.object({ legalName: z.string().min(min) });

describe("formatIssues, counted nouns", () => {
  it("counts characters with Arabic's forms: 1, 2, 3, 11, 100", () => {
    const [one] = said(named(1), { legalName: "" }, "ar-MA");
    expect(one).toBe("التسمية: يجب أن يحتوي على حرف واحد على الأقل.");
    expect(said(named(2), { legalName: "a" }, "ar-MA")).toEqual([
      "التسمية: يجب أن يحتوي على حرفين على الأقل.",
    ]);
    expect(said(named(3), { legalName: "ab" }, "ar-MA")).toEqual([
      "التسمية: يجب أن يحتوي على 3 أحرف على الأقل.",
    ]);
    expect(said(named(11), { legalName: "ab" }, "ar-MA")).toEqual([
      "التسمية: يجب أن يحتوي على 11 حرفًا على الأقل.",
    ]);
    expect(said(named(100), { legalName: "ab" }, "ar-MA")).toEqual([
      "التسمية: يجب أن يحتوي على 100 حرف على الأقل.",
    ]);
  });

  it("counts characters in French, English and Tamazight", () => {
    expect(said(named(3), { legalName: "ab" }, "fr-MA")).toEqual([
      `Raison sociale${NBSP}: doit contenir au moins 3 caractères.`,
    ]);
    expect(said(named(1), { legalName: "" }, "fr-MA")).toEqual([
      `Raison sociale${NBSP}: doit contenir au moins 1 caractère.`,
    ]);
    expect(said(named(3), { legalName: "ab" }, "en")).toEqual([
      "Legal name: must contain at least 3 characters.",
    ]);
    expect(said(named(3), { legalName: "ab" }, "zgh")).toEqual([
      "ⵉⵙⵎ ⴰⵣⵔⴼⴰⵏ: ⵉⵅⵚⵚⴰ ⴰⴷ ⵢⵉⵍⵉ 3 ⵉⵙⴽⴽⵉⵍⵏ ⵏⵖ ⵓⴳⴳⴰⵔ.",
    ]);
  });

  it("counts at most, exactly, and items of a list", () => {
    const long = z.object({ legalName: z.string().max(200) });
    expect(said(long, { legalName: "x".repeat(201) }, "ar-MA")).toEqual(["التسمية: يجب ألا يتجاوز 200 حرف."]);
    expect(said(z.object({ ice: z.string().length(15) }), { ice: "123" }, "fr-MA")).toEqual([
      `ICE${NBSP}: doit contenir exactement 15 caractères.`,
    ]);
    const domains = z.object({ domains: z.array(z.string()).min(2) });
    expect(said(domains, { domains: ["tourism"] }, "ar-MA")).toEqual([
      "المجالات: يجب أن يحتوي على عنصرين على الأقل.",
    ]);
    expect(said(domains, { domains: [] }, "en")).toEqual(["Domains: must contain at least 2 items."]);
  });
});

describe("formatIssues, every zod issue code", () => {
  it("says a missing field is required, and a wrong type what it must be", () => {
    expect(said(z.object({ city: z.string() }), {}, "fr-MA")).toEqual([
      `Ville${NBSP}: ce champ est obligatoire.`,
    ]);
    expect(said(z.object({ city: z.string() }), {}, "ar-MA")).toEqual(["المدينة: هذا الحقل إلزامي."]);
    expect(said(z.object({ floor: z.int() }), { floor: "2" }, "fr-MA")).toEqual([
      `Étage${NBSP}: doit être un nombre.`,
    ]);
    expect(said(z.object({ floor: z.int() }), { floor: 1.5 }, "fr-MA")).toEqual([
      `Étage${NBSP}: doit être un nombre entier.`,
    ]);
    expect(said(z.object({ floor: z.int() }), { floor: 1.5 }, "ar-MA")).toEqual([
      "الطابق: نوع القيمة المنتظر: عدد صحيح.",
    ]);
    expect(said(z.object({ published: z.boolean() }), { published: 1 }, "en")).toEqual([
      "Published: must be true or false.",
    ]);
  });

  it("gives numeric bounds, inclusive or not", () => {
    const floor = z.object({ floor: z.int().min(-10).max(200) });
    expect(said(floor, { floor: 300 }, "fr-MA")).toEqual([
      `Étage${NBSP}: la valeur doit être inférieure ou égale à 200.`,
    ]);
    expect(said(z.object({ areaDm2: z.int().positive() }), { areaDm2: 0 }, "en")).toEqual([
      "Floor area: must be greater than 0.",
    ]);
    expect(said(z.object({ year: z.int().min(1987) }), { year: 1900 }, "ar-MA")).toEqual([
      "السنة: يجب أن تكون القيمة أكبر من 1.987 أو مساوية له.",
    ]);
  });

  it("gives date bounds as dates", () => {
    const since = z.object({ since: z.date().min(new Date("2025-01-01T00:00:00Z")) });
    expect(said(since, { since: new Date("2024-06-01") }, "fr-MA")).toEqual([
      `Depuis le${NBSP}: au plus tôt le 1er janvier 2025.`,
    ]);
  });

  it("names the formats it expects", () => {
    expect(said(z.object({ email: z.email() }), { email: "nope" }, "fr-MA")).toEqual([
      `Courriel${NBSP}: adresse électronique invalide.`,
    ]);
    expect(said(z.object({ url: z.url() }), { url: "nope" }, "en")).toEqual([
      "Web address: not a valid web address.",
    ]);
    expect(said(z.object({ start: z.iso.date() }), { start: "30/01/2026" }, "ar-MA")).toEqual([
      "تاريخ البدء: يُنتظر تاريخ على شكل سنة-شهر-يوم، مثل 2026-01-30.",
    ]);
    expect(said(z.object({ code: z.string().startsWith("ma-") }), { code: "x" }, "en")).toEqual([
      "Code: must start with ma-.",
    ]);
    expect(said(z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/) }), { sha256: "x" }, "fr-MA")).toEqual([
      `Empreinte SHA-256${NBSP}: format invalide.`,
    ]);
  });

  it("handles multiples, unknown keys, unions, keys and elements", () => {
    expect(said(z.object({ value: z.number().multipleOf(5) }), { value: 7 }, "en")).toEqual([
      "Value: must be a multiple of 5.",
    ]);
    expect(
      said(z.strictObject({ city: z.string() }), { city: "Agadir", ville: "x", town: "y" }, "fr-MA"),
    ).toEqual([`Valeur${NBSP}: champs inconnus${NBSP}: ville et town.`]);
    expect(said(z.strictObject({}), { extra: 1 }, "ar-MA")).toEqual(["القيمة: حقل غير معروف: extra."]);
    expect(said(z.object({ owner: z.union([z.string(), z.int()]) }), { owner: true }, "en")).toEqual([
      "Owner: matches none of the accepted forms.",
    ]);
    expect(said(z.record(z.string().min(2), z.number()), { a: 1 }, "fr-MA")).toEqual([
      `a${NBSP}: contient une clé invalide.`,
    ]);
    const element: z.core.$ZodIssue = {
      code: "invalid_element",
      origin: "set",
      key: "x",
      issues: [],
      path: ["labels"],
      message: "",
    };
    expect(formatIssues([element], "en").map((issue) => plain(issue.message))).toEqual([
      "Labels: contains an invalid value.",
    ]);
  });

  it("names the expected values, in the catalog's words when they are an enum's", () => {
    const form = z.object({ legalForm: z.enum(["sarl", "sa"]) });
    expect(said(form, { legalForm: "llc" }, "fr-MA")).toEqual([
      `Forme juridique${NBSP}: doit être l'une des valeurs suivantes${NBSP}: Société à responsabilité limitée (SARL) et Société anonyme (SA).`,
    ]);
    expect(said(z.object({ currency: z.literal("MAD") }), { currency: "EUR" }, "en")).toEqual([
      "Currency: must be MAD.",
    ]);
  });

  it("falls back to a generic sentence for a custom issue that is not Ghorfa's", () => {
    const odd = z.object({ code: z.string().refine(() => false) });
    expect(said(odd, { code: "x" }, "ar-MA")).toEqual(["الرمز: القيمة غير صالحة."]);
    const unknown: z.core.$ZodIssue = {
      code: "custom",
      params: { ghorfa: "not_a_code" },
      path: ["x"],
      message: "",
    };
    expect(formatIssues([unknown], "en")[0]).toMatchObject({
      code: "not_a_code",
      message: "\u2068x\u2069: invalid value.",
    });
  });
});

describe("formatIssues, Ghorfa's own issues", () => {
  const member = z.object({ identifiers: MemberIdentifiers });
  const rc = { court: "Agadir", number: "12345" };

  it("explains a wrong ICE control pair in all four locales", () => {
    const value = { identifiers: { ice: "001561191000067", rc } };
    const [issue] = formatIssues(member.safeParse(value).error?.issues ?? [], "fr-MA");
    expect(issue).toMatchObject({ pointer: "/identifiers/ice", code: "ice_checksum" });
    expect(plain(issue?.message ?? "")).toBe(
      `ICE${NBSP}: la clé de contrôle de cet ICE (ses deux derniers chiffres) est fausse.`,
    );
    expect(said(member, value, "ar-MA")).toEqual([
      "التعريف الموحد للمقاولة (ICE): رقما المراقبة في هذا التعريف الموحد للمقاولة (ICE) غير صحيحين.",
    ]);
    expect(said(member, value, "en")).toEqual([
      "ICE: the control digits of this ICE (its last two) are wrong.",
    ]);
    expect(said(member, value, "zgh")).toEqual(["ICE: ⵉⵎⴹⴰⵏⵏ ⵏ ⵓⵙⵏⵇⴷ ⵏ ICE ⴰ (ⵙⵉⵏ ⵉⵎⴳⴳⵓⵔⴰ) ⵓⵔ ⵚⵃⵉⵏ."]);
  });

  it("tells a badly sized ICE from a wrong control pair", () => {
    const value = { identifiers: { ice: "12345", rc } };
    const [issue] = formatIssues(member.safeParse(value).error?.issues ?? [], "en");
    expect(issue?.code).toBe("ice_format");
    expect(plain(issue?.message ?? "")).toBe("ICE: an ICE has 15 digits.");
  });

  it("explains a phone number that is not Moroccan", () => {
    expect(said(z.object({ phone: MoroccanPhone }), { phone: "+33 1 23 45 67 89" }, "ar-MA")).toEqual([
      "الهاتف: يُنتظر رقم هاتف مغربي (ثابت يبدأ بـ 05، أو محمول يبدأ بـ 06 أو 07).",
    ]);
  });

  it("names the date and the amount a refused rent revision passes, written for the locale", () => {
    const rent = { amount: 700_000, currency: "MAD" };
    const issues = [
      {
        ...ghorfaRawIssue("revision_too_early", "early", rent, { earliestDate: "2028-01-02" }),
        path: ["monthlyRent"],
      },
      {
        ...ghorfaRawIssue("revision_above_cap", "high", rent, {
          maxRent: { amount: 605_000, currency: "MAD" },
        }),
        path: ["monthlyRent"],
      },
    ] as unknown as z.core.$ZodIssue[];
    const [early, above] = formatIssues(issues, "fr-MA").map((issue) => plain(issue.message));
    expect(early).toBe(
      `Loyer mensuel${NBSP}: selon la loi 07-03, une hausse de loyer vient au plus tôt 3 ans après le début du bail ou sa dernière révision${NBSP}: pas avant le 2 janvier 2028.`,
    );
    expect(above).toContain(`au plus ${plain(formatMoney({ amount: 605_000, currency: "MAD" }, "fr-MA"))}.`);
    expect(above).toMatch(/au plus 6\.050,00\sMAD\.$/);
    for (const locale of ["ar-MA", "en", "zgh"] as const) {
      const [date, amount] = formatIssues(issues, locale).map((issue) => issue.message);
      expect(date).toContain(formatDate("2028-01-02", locale));
      expect(amount).toContain(formatMoney({ amount: 605_000, currency: "MAD" }, locale));
      expect(`${date}${amount}`).not.toMatch(/[{}]/);
    }
  });

  it("says the rule alone for such an issue that lacks its values, as an older node sends it", () => {
    const withValues = (values: object | undefined) =>
      [
        {
          code: "custom",
          params:
            values === undefined
              ? { ghorfa: "revision_too_early" }
              : { ghorfa: "revision_too_early", values },
          path: ["monthlyRent"],
          message: "",
        },
      ] as z.core.$ZodIssue[];
    const rule = `Monthly rent: under Law 07-03, a rent increase comes at least 3 years after the start of the lease or its last revision.`;
    expect(plain(formatIssues(withValues(undefined), "en")[0]?.message ?? "")).toBe(rule);
    expect(plain(formatIssues(withValues({ other: "2028-01-02" }), "en")[0]?.message ?? "")).toBe(rule);
  });

  it("isolates the label, so a Latin field name keeps its place in Arabic", () => {
    const [issue] = formatIssues(named(3).safeParse({ legalName: "ab" }).error?.issues ?? [], "ar-MA");
    expect(issue?.message.startsWith("\u2068التسمية\u2069: ")).toBe(true);
  });
});

describe("formatIssues, in every locale", () => {
  const samples: [z.ZodType, unknown][] = [
    [z.object({ city: z.string() }), {}],
    [z.object({ floor: z.int() }), { floor: "2" }],
    [z.object({ legalName: z.string().min(3).max(5) }), { legalName: "ab" }],
    [z.object({ domains: z.array(z.string()).max(1) }), { domains: ["a", "b"] }],
    [z.object({ year: z.int().min(1987) }), { year: 1 }],
    [z.object({ since: z.date().max(new Date("2025-01-01")) }), { since: new Date("2026-01-01") }],
    [z.object({ email: z.email() }), { email: "x" }],
    [z.object({ value: z.number().multipleOf(5) }), { value: 7 }],
    [z.strictObject({}), { extra: 1 }],
    [z.object({ owner: z.union([z.string(), z.int()]) }), { owner: true }],
    [z.record(z.string().min(2), z.number()), { a: 1 }],
    [z.object({ legalForm: z.enum(["sarl", "sa"]) }), { legalForm: "x" }],
    [z.object({ code: z.string().refine(() => false) }), { code: "x" }],
    [
      z.object({ identifiers: MemberIdentifiers }),
      { identifiers: { ice: "1", rc: { court: "A", number: "x" } } },
    ],
  ];

  it("writes a whole sentence for each issue, starting with the isolated label", () => {
    for (const locale of ["ar-MA", "fr-MA", "en", "zgh"] as const) {
      for (const [schema, value] of samples) {
        for (const issue of formatIssues(schema.safeParse(value).error?.issues ?? [], locale)) {
          expect(issue.message, `${locale} ${issue.code}`).toMatch(/^\u2068[^\u2069]+\u2069/);
          expect(issue.message, `${locale} ${issue.code}`).not.toMatch(/[{}]/);
          if (locale === "zgh") expect(issue.message).toMatch(/[\u2d30-\u2d7f]/);
          if (locale === "ar-MA") expect(issue.message).toMatch(/[\u0600-\u06ff]/);
        }
      }
    }
  });
});

describe("toJsonPointer", () => {
  it("escapes ~ and / as RFC 6901 says", () => {
    expect(toJsonPointer(["parties", 0, "name", "fr"])).toBe("/parties/0/name/fr");
    expect(toJsonPointer(["a/b", "m~n"])).toBe("/a~1b/m~0n");
    expect(toJsonPointer([])).toBe("");
  });
});
