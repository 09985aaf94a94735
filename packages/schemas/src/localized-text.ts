import * as z from "zod";

// "Arabic or French", for JSON Schema (refinements do not reach it by themselves). `properties` is
// repeated so that strict validators (ajv's strictRequired) accept the schema.
const arabicOrFrenchJsonSchema = {
  anyOf: [
    { properties: { ar: true }, required: ["ar"] },
    { properties: { fr: true }, required: ["fr"] },
  ],
};

/**
 * The fields of a LocalizedText without its "Arabic or French" check, for a parent schema that
 * runs `hasArabicOrFrench` in its own check: every object check costs a wrapper on each parse,
 * and `Member` would pay it for its activity and each label (bench/member.bench.ts).
 */
export const LocalizedTextFields = z
  .object({
    ar: z.string().trim().min(1).optional(),
    fr: z.string().trim().min(1).optional(),
    en: z.string().trim().min(1).optional(),
    zgh: z.string().trim().min(1).optional(),
  })
  .meta(arabicOrFrenchJsonSchema);

export function hasArabicOrFrench(text: { ar?: string; fr?: string }): boolean {
  return text.ar !== undefined || text.fr !== undefined;
}

/** The issue a LocalizedText without Arabic nor French raises. */
export function arabicOrFrenchIssue(input: unknown) {
  return {
    code: "custom",
    message: "Expected at least an Arabic or a French text",
    params: { ghorfa: "localized_text_required" },
    input,
  } as const;
}

/**
 * Text people read, in the languages of Morocco and its partners. Arabic or French is always
 * there (the chambers' working languages); English and Tamazight (Tifinagh) when known.
 */
export const LocalizedText = LocalizedTextFields
  // A raw check rather than .refine: the same issue, at a fraction of the cost.
  .check((ctx) => {
    if (!hasArabicOrFrench(ctx.value)) ctx.issues.push(arabicOrFrenchIssue(ctx.value));
  })
  .meta(arabicOrFrenchJsonSchema);
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Text known in all four languages: reference data such as region and city names. */
export const CompleteLocalizedText = z.object({
  ar: z.string().trim().min(1),
  fr: z.string().trim().min(1),
  en: z.string().trim().min(1),
  zgh: z.string().trim().min(1),
});
export type CompleteLocalizedText = z.infer<typeof CompleteLocalizedText>;
