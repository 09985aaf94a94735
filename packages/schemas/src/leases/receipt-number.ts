import * as z from "zod";

/**
 * A receipt number, `YYYY-NNNNNN`: the year of issue and a sequence that starts at 1 each year
 * and runs on without gaps within one chamber (as CGI art. 145-III asks of invoice numbers).
 */
export const ReceiptNumber = z
  .string()
  .regex(/^\d{4}-(?!000000)\d{6}$/, { message: "Expected a receipt number YYYY-NNNNNN, from 000001" });
export type ReceiptNumber = z.infer<typeof ReceiptNumber>;

const MAX_SEQUENCE = 999_999;

/** The receipt number of the `sequence`-th receipt of `year`: `formatReceiptNumber(2026, 14)` is "2026-000014". */
export function formatReceiptNumber(year: number, sequence: number): ReceiptNumber {
  if (!Number.isInteger(year) || year < 0 || year > 9999) throw new RangeError(`Not a receipt year: ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`A receipt sequence runs from 1 to ${MAX_SEQUENCE}: ${sequence}`);
  }
  return `${String(year).padStart(4, "0")}-${String(sequence).padStart(6, "0")}`;
}

/** The year and sequence of a receipt number, or `undefined` when `value` is not one. */
export function parseReceiptNumber(value: string): { year: number; sequence: number } | undefined {
  if (!ReceiptNumber.safeParse(value).success) return undefined;
  return { year: Number(value.slice(0, 4)), sequence: Number(value.slice(5)) };
}

/** A break in one chamber's receipt sequence for one year. */
export interface ReceiptSequenceGap {
  chamberId: string;
  year: number;
  /** Numbers between the first and the last receipt given that no receipt carries. */
  missing: ReceiptNumber[];
  /** Numbers that more than one receipt carries. */
  duplicates: ReceiptNumber[];
}

/**
 * Where the receipt numbers of `receipts` break continuity, per chamber and year: numbers
 * skipped between the lowest and the highest given, and numbers used twice. Empty when every
 * sequence is continuous. A slice of a year (say, its last two months) may start above 1.
 */
export function findReceiptGaps(
  receipts: readonly { chamberId: string; receiptNumber: string }[],
): ReceiptSequenceGap[] {
  const groups = new Map<string, { chamberId: string; year: number; seen: Map<number, number> }>();
  for (const { chamberId, receiptNumber } of receipts) {
    const parsed = parseReceiptNumber(receiptNumber);
    if (!parsed) throw new TypeError(`Not a receipt number: ${receiptNumber}`);
    const key = `${chamberId} ${parsed.year}`;
    const group = groups.get(key) ?? { chamberId, year: parsed.year, seen: new Map() };
    group.seen.set(parsed.sequence, (group.seen.get(parsed.sequence) ?? 0) + 1);
    groups.set(key, group);
  }
  const gaps: ReceiptSequenceGap[] = [];
  for (const { chamberId, year, seen } of groups.values()) {
    const sequences = [...seen.keys()];
    const missing: ReceiptNumber[] = [];
    for (let n = Math.min(...sequences); n <= Math.max(...sequences); n++) {
      if (!seen.has(n)) missing.push(formatReceiptNumber(year, n));
    }
    const duplicates = [...seen]
      .filter(([, count]) => count > 1)
      .map(([n]) => formatReceiptNumber(year, n))
      .sort();
    if (missing.length > 0 || duplicates.length > 0) gaps.push({ chamberId, year, missing, duplicates });
  }
  return gaps;
}

/** The number the next receipt of `chamberId` in `year` takes, after `receipts` (all of that year). */
export function nextReceiptNumber(
  receipts: readonly { chamberId: string; receiptNumber: string }[],
  chamberId: string,
  year: number,
): ReceiptNumber {
  let last = 0;
  for (const receipt of receipts) {
    const parsed = parseReceiptNumber(receipt.receiptNumber);
    if (receipt.chamberId === chamberId && parsed?.year === year) last = Math.max(last, parsed.sequence);
  }
  return formatReceiptNumber(year, last + 1);
}
