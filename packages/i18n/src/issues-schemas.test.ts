import { Agreement, GHORFA_ISSUE_CODES, Lease, LeasePayment, Member } from "@ghorfa/schemas";
import { soussMassa } from "@ghorfa/schemas/fixtures";
import { beforeAll, describe, expect, it } from "vitest";
import * as z from "zod";
import { loadCatalogs } from "./catalog";
import { formatIssues } from "./issues";
import { LOCALES, type Locale } from "./locale";

// formatIssues on the issues @ghorfa/schemas really raises, parsing bad copies of its fixtures.

beforeAll(() => loadCatalogs());

const NBSP = "\u00a0";
const plain = (text: string) => text.replace(/[\u2068\u2069]/g, "");

function issuesOf(schema: z.ZodType, value: unknown, locale: Locale) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return formatIssues(result.error, locale).map((issue) => ({ ...issue, message: plain(issue.message) }));
}

/** A copy of the first fixture, to spoil. */
function copyOf<T>(items: readonly T[]): T {
  const [item] = items;
  if (item === undefined) throw new Error("no fixture");
  return structuredClone(item);
}

const member = () => copyOf(soussMassa.members);

describe("formatIssues on a Member", () => {
  const bad = member();
  bad.identifiers.ice = "001561191000067";
  bad.identifiers.rc.number = "12345678";
  bad.identifiers.if = "12";
  bad.contacts.phone = "+33 1 23 45 67 89";
  bad.contacts.email = "nope";

  it("points at each nested field with its Ghorfa code", () => {
    expect(issuesOf(Member, bad, "fr-MA").map(({ pointer, code }) => [pointer, code])).toEqual([
      ["/identifiers/ice", "ice_checksum"],
      ["/identifiers/rc/number", "rc_number_format"],
      ["/identifiers/if", "if_format"],
      ["/contacts/email", "invalid_format"],
      ["/contacts/phone", "phone_invalid"],
    ]);
  });

  it("explains them in French and in Arabic with the fields' own labels", () => {
    expect(issuesOf(Member, bad, "fr-MA").map((issue) => issue.message)).toEqual([
      `ICE${NBSP}: la clé de contrôle de cet ICE (ses deux derniers chiffres) est fausse.`,
      `Registre de commerce (RC) – Numéro${NBSP}: un numéro de RC compte de 1 à 7 chiffres.`,
      `Identifiant fiscal (IF)${NBSP}: un identifiant fiscal compte 7 ou 8 chiffres.`,
      `Courriel${NBSP}: adresse électronique invalide.`,
      `Téléphone${NBSP}: un numéro marocain est attendu (fixe en 05, mobile en 06 ou 07).`,
    ]);
    expect(issuesOf(Member, bad, "ar-MA").map((issue) => issue.message)).toEqual([
      "التعريف الموحد للمقاولة (ICE): رقما المراقبة في هذا التعريف الموحد للمقاولة (ICE) غير صحيحين.",
      "السجل التجاري (RC) – الرقم: يتكون رقم السجل التجاري من رقم واحد إلى 7 أرقام.",
      "التعريف الضريبي (IF): يتكون التعريف الضريبي من 7 أو 8 أرقام.",
      "البريد الإلكتروني: عنوان البريد الإلكتروني غير صالح.",
      "الهاتف: يُنتظر رقم هاتف مغربي (ثابت يبدأ بـ 05، أو محمول يبدأ بـ 06 أو 07).",
    ]);
  });

  it("explains the rules a whole member checks: its id, its texts, its dates", () => {
    const other = member();
    Object.assign(other, {
      id: other.id.replace("ma-09", "ma-06"),
      activity: { en: "Argan oil" },
      updatedAt: "2000-01-01T00:00:00Z",
    });
    const issues = issuesOf(Member, other, "en");
    expect(issues.map(({ pointer, code }) => [pointer, code])).toEqual([
      ["/id", "member_chamber_mismatch"],
      ["/activity", "localized_text_required"],
      ["/updatedAt", "date_range_order"],
    ]);
    expect(issues[1]?.message).toBe("Activity: give at least the Arabic or the French text.");
  });
});

describe("formatIssues on a Lease and a payment", () => {
  it("qualifies a generic field by its parent, never by a parent of the same name", () => {
    const lease = copyOf(soussMassa.leases);
    lease.monthlyRent = { amount: -5, currency: "mad" };
    expect(issuesOf(Lease, lease, "fr-MA")).toEqual([
      {
        pointer: "/monthlyRent/amount",
        code: "too_small",
        message: `Loyer mensuel – Montant${NBSP}: la valeur doit être supérieure ou égale à 0.`,
      },
      {
        pointer: "/monthlyRent/currency",
        code: "invalid_format",
        message: `Loyer mensuel – Devise${NBSP}: format invalide.`,
      },
      {
        pointer: "/monthlyRent/currency",
        code: "books_currency",
        message: `Loyer mensuel – Devise${NBSP}: la comptabilité d'une chambre est tenue en dirhams (MAD).`,
      },
      {
        pointer: "/monthlyRent/currency",
        code: "lease_currency_mismatch",
        message: `Loyer mensuel – Devise${NBSP}: tous les montants d'un bail sont dans la même devise.`,
      },
      {
        pointer: "/rentHistory",
        code: "lease_rent_history",
        message: `Historique du loyer${NBSP}: l'historique commence au début du bail, avance dans le temps et finit par le loyer mensuel.`,
      },
    ]);
    const payment = copyOf(soussMassa.payments);
    payment.amount = { amount: 0, currency: "MAD" };
    expect(issuesOf(LeasePayment, payment, "ar-MA")).toEqual([
      { pointer: "/amount/amount", code: "too_small", message: "المبلغ: يجب أن تكون القيمة أكبر من 0." },
    ]);
    expect(issuesOf(LeasePayment, payment, "fr-MA")[0]?.message).toBe(
      `Montant${NBSP}: la valeur doit être strictement supérieure à 0.`,
    );
  });

  it("asks a rent payment for its period, and a lease for its currency", () => {
    const payment = copyOf(soussMassa.payments);
    payment.kind = "rent";
    delete payment.period;
    expect(
      issuesOf(LeasePayment, payment, "fr-MA").map(({ pointer, code }) => [pointer, code]),
    ).toContainEqual(["/period", "payment_period_required"]);
  });
});

describe("formatIssues on an Agreement", () => {
  const agreement = () => copyOf(soussMassa.agreements);

  it("points into arrays by index and names the item's field", () => {
    const bad = agreement();
    Object.assign(bad.parties[0] ?? {}, { kind: "federation_chamber", chamberId: undefined, country: "SN" });
    bad.domains = [];
    Object.assign(bad, { documents: [{ title: {}, url: "ftp://example.org/x.pdf", sha256: "X" }] });
    const fr = issuesOf(Agreement, bad, "fr-MA");
    expect(fr.map(({ pointer, code }) => [pointer, code])).toEqual([
      ["/parties/0/chamberId", "agreement_party_chamber"],
      ["/parties/0/country", "agreement_party_country"],
      ["/domains", "too_small"],
      ["/documents/0/title", "localized_text_required"],
      ["/documents/0/url", "invalid_format"],
      ["/documents/0/sha256", "invalid_format"],
    ]);
    expect(fr[1]?.message).toBe(`Pays${NBSP}: les chambres de la Fédération et la Fédération sont au Maroc.`);
    expect(fr[2]?.message).toBe(`Domaines${NBSP}: doit contenir au moins 1 élément.`);
    expect(issuesOf(Agreement, bad, "ar-MA")[2]?.message).toBe(
      "المجالات: يجب أن يحتوي على عنصر واحد على الأقل.",
    );
  });

  it("names a wrong party kind with the catalog's words for the kinds", () => {
    const bad = agreement();
    Object.assign(bad.parties[1] ?? {}, { kind: "company" });
    const [issue] = issuesOf(Agreement, bad, "fr-MA");
    expect(issue?.pointer).toBe("/parties/1/kind");
    expect(issue?.message).toMatch(
      /^Type\u00a0: doit être l'une des valeurs suivantes\u00a0: Chambre de la Fédération, /,
    );
    expect(issue?.message).toMatch(/ et Entreprise\.$/);
  });
});

describe("formatIssues on text the text policy refuses", () => {
  const bad = member();
  bad.legalName = "\u200b\u2060\ufeff";
  bad.tradeName = "ACME\u202e";
  bad.address.city = "Agadir\u0000";
  bad.address.prefecture = "Agadir\ud800";

  // Each code's own sentence in each locale is checked below ("every Ghorfa issue code").
  it("names each field and its text code, in all four locales", () => {
    for (const locale of LOCALES) {
      const issues = issuesOf(Member, bad, locale);
      expect(issues.map(({ pointer, code }) => [pointer, code])).toEqual([
        ["/legalName", "text_blank"],
        ["/tradeName", "text_bidi_control"],
        ["/address/prefecture", "text_unicode"],
        ["/address/city", "text_control"],
      ]);
    }
  });
});

describe("formatIssues, every Ghorfa issue code", () => {
  it("has a sentence of its own for every code, in all four locales", () => {
    for (const locale of LOCALES) {
      const generic = formatIssues([{ code: "custom", path: ["x"], message: "" }], locale)[0]?.message;
      for (const code of GHORFA_ISSUE_CODES) {
        const issue: z.core.$ZodIssue = {
          code: "custom",
          params: { ghorfa: code },
          path: ["x"],
          message: "",
        };
        const [formatted] = formatIssues([issue], locale);
        expect(formatted?.code).toBe(code);
        expect(formatted?.message, `${locale} ${code}`).not.toBe(generic);
        expect(formatted?.message, `${locale} ${code}`).not.toMatch(/[{}]/);
        if (locale === "zgh") expect(formatted?.message).toMatch(/[\u2d30-\u2d7f]/);
        if (locale === "ar-MA") expect(formatted?.message).toMatch(/[\u0600-\u06ff]/);
      }
    }
  });
});

describe("formatIssues, unions and counted nouns", () => {
  const party = z.object({
    party: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("ministry"), name: z.string() }),
      z.object({ kind: z.literal("commune"), name: z.string() }),
    ]),
  });

  it("names the values a discriminated union expects, in the catalog's words", () => {
    expect(issuesOf(party, { party: { kind: "bank" } }, "fr-MA")[0]).toEqual({
      pointer: "/party/kind",
      code: "invalid_union",
      message: `Type${NBSP}: doit être l'une des valeurs suivantes${NBSP}: Ministère et Commune.`,
    });
    expect(issuesOf(party, { party: { kind: "bank" } }, "ar-MA")[0]?.message).toBe(
      "النوع: يجب أن تكون القيمة إحدى القيم التالية: وزارة وجماعة.",
    );
  });

  it("says a missing union is required", () => {
    const owner = z.object({ owner: z.union([z.string(), z.int()]) });
    expect(issuesOf(owner, {}, "fr-MA")[0]?.message).toBe(`Responsable${NBSP}: ce champ est obligatoire.`);
    expect(issuesOf(owner, {}, "ar-MA")[0]?.message).toBe("المسؤول: هذا الحقل إلزامي.");
  });

  it("counts unknown fields with Arabic's forms", () => {
    const strict = z.strictObject({ city: z.string() });
    const extra = (n: number) =>
      Object.fromEntries([["city", "Agadir"], ...Array.from({ length: n }, (_, i) => [`k${i}`, i])]);
    const said = (n: number) => issuesOf(strict, extra(n), "ar-MA")[0]?.message.split(":")[1]?.trim();
    expect(said(1)).toBe("حقل غير معروف");
    expect(said(2)).toBe("حقلان غير معروفين");
    expect(said(3)).toBe("حقول غير معروفة");
    expect(said(11)).toBe("حقول غير معروفة");
  });

  it("counts items with Arabic's forms: 1, 2, 3–10, 11–99, 100", () => {
    const at = (min: number) => z.object({ domains: z.array(z.string()).min(min) });
    const said = (min: number) => issuesOf(at(min), { domains: [] }, "ar-MA")[0]?.message;
    expect(said(1)).toBe("المجالات: يجب أن يحتوي على عنصر واحد على الأقل.");
    expect(said(2)).toBe("المجالات: يجب أن يحتوي على عنصرين على الأقل.");
    expect(said(5)).toBe("المجالات: يجب أن يحتوي على 5 عناصر على الأقل.");
    expect(said(11)).toBe("المجالات: يجب أن يحتوي على 11 عنصرًا على الأقل.");
    expect(said(100)).toBe("المجالات: يجب أن يحتوي على 100 عنصر على الأقل.");
    const most = (max: number) =>
      issuesOf(
        z.object({ domains: z.array(z.string()).max(max) }),
        { domains: Array(200).fill("a") },
        "ar-MA",
      )[0]?.message;
    expect(most(1)).toBe("المجالات: يجب ألا يتجاوز عنصرًا واحدًا.");
    expect(most(2)).toBe("المجالات: يجب ألا يتجاوز عنصرين.");
    expect(most(12)).toBe("المجالات: يجب ألا يتجاوز 12 عنصرًا.");
    expect(most(102)).toBe("المجالات: يجب ألا يتجاوز 102 عنصر.");
  });
});
