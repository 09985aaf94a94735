import * as z from "zod";
import type { Named } from "../named";
import { type TextKind, textBlock, textLine } from "./text";

// "Arabic or French", for JSON Schema (refinements do not reach it by themselves). `properties` is
// repeated so that strict validators (ajv's strictRequired) accept the schema.
const arabicOrFrenchJsonSchema = {
  anyOf: [
    { properties: { ar: true }, required: ["ar"] },
    { properties: { fr: true }, required: ["fr"] },
  ],
};

const TEXT = { line: textLine, block: textBlock } as const;

/** The four optional languages of a LocalizedText, each a text of `kind` (see text.ts). */
const languagesOf = (kind: TextKind) => {
  const text = TEXT[kind];
  return z
    .object({
      ar: text().optional(),
      fr: text().optional(),
      en: text().optional(),
      zgh: text().optional(),
    })
    .meta(arabicOrFrenchJsonSchema);
};

const localizedTextFieldsSchema = languagesOf("line");
/** The type of `LocalizedTextFields`, named so that declarations refer to it rather than restate it. */
export interface LocalizedTextFieldsSchema extends Named<typeof localizedTextFieldsSchema> {}
/**
 * The fields of a LocalizedText without its "Arabic or French" check, for a parent schema that
 * runs `hasArabicOrFrench` in its own check: every object check costs a wrapper on each parse,
 * and `Member` would pay it for its activity and each label (bench/member.bench.ts).
 */
export const LocalizedTextFields: LocalizedTextFieldsSchema = localizedTextFieldsSchema;

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

const withArabicOrFrench = <T extends typeof LocalizedTextFields>(fields: T) =>
  fields
    // A raw check rather than .refine: the same issue, at a fraction of the cost.
    .check((ctx) => {
      if (!hasArabicOrFrench(ctx.value)) ctx.issues.push(arabicOrFrenchIssue(ctx.value));
    })
    .meta(arabicOrFrenchJsonSchema);

const localizedTextSchema = withArabicOrFrench(LocalizedTextFields);
/** The type of `LocalizedText`, named so that declarations refer to it rather than restate it. */
export interface LocalizedTextSchema extends Named<typeof localizedTextSchema> {}
/**
 * Text people read, in the languages of Morocco and its partners. Arabic or French is always
 * there (the chambers' working languages); English and Tamazight (Tifinagh) when known. One line
 * in each language: a name, a title, a place.
 */
export const LocalizedText: LocalizedTextSchema = localizedTextSchema;
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * A LocalizedText of several lines (a description, a summary, a clause): the same shape, whose
 * texts keep TAB and line breaks (text.ts `textBlock`).
 */
export const LocalizedParagraphs = withArabicOrFrench(languagesOf("block"));
export type LocalizedParagraphs = z.infer<typeof LocalizedParagraphs>;

/** Text known in all four languages: reference data such as region and city names. */
export const CompleteLocalizedText = z.object({
  ar: textLine(),
  fr: textLine(),
  en: textLine(),
  zgh: textLine(),
});
export type CompleteLocalizedText = z.infer<typeof CompleteLocalizedText>;
