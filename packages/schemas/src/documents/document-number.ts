import * as z from "zod";

/**
 * The series of the documents a chamber issues, as their numbers start: `CO` for certificates of
 * origin, `AT` for attestations, `SM` for the "Souss Massa" label, as the chamber names them. Two
 * to four capital letters; each series has its own sequence.
 */
export const DocumentSeries = z
  .string()
  .regex(/^[A-Z]{2,4}$/, { message: "Expected a document series of 2 to 4 capital letters, such as CO" });
export type DocumentSeries = z.infer<typeof DocumentSeries>;

/**
 * A number a chamber gives a document it issues, `<series>-<year>-<sequence>` (`CO-2026-000123`):
 * per chamber, series and year, a sequence from 1 without gaps, never reused — like receipts.
 */
export const DocumentNumber = z.string().regex(/^[A-Z]{2,4}-\d{4}-(?!000000)\d{6}$/, {
  message: "Expected a document number such as CO-2026-000123",
});
export type DocumentNumber = z.infer<typeof DocumentNumber>;

const MAX_SEQUENCE = 999_999;

/** The number of the `sequence`-th document of `series` in `year`: `formatDocumentNumber("CO", 2026, 123)` is "CO-2026-000123". */
export function formatDocumentNumber(series: string, year: number, sequence: number): DocumentNumber {
  if (!DocumentSeries.safeParse(series).success) throw new RangeError(`Not a document series: ${series}`);
  if (!Number.isInteger(year) || year < 0 || year > 9999)
    throw new RangeError(`Not a document year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`A document sequence runs from 1 to ${MAX_SEQUENCE}: ${sequence}`);
  }
  return `${series}-${String(year).padStart(4, "0")}-${String(sequence).padStart(6, "0")}`;
}

/** The series, year and sequence of a document number, or `undefined` when `value` is not one. */
export function parseDocumentNumber(
  value: string,
): { series: string; year: number; sequence: number } | undefined {
  if (!DocumentNumber.safeParse(value).success) return undefined;
  const [series = "", year = "", sequence = ""] = value.split("-");
  return { series, year: Number(year), sequence: Number(sequence) };
}
