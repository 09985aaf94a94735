import { type ChamberId, type DocumentNumber, formatDocumentNumber } from "@ghorfa/schemas";
import { sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { documentCounters } from "../db/schema";

/**
 * Takes the next number of `series` for `chamberId` in `year` (`CO-2026-000123`). The counter row
 * is updated in the caller's transaction and stays locked until it ends: concurrent issues queue
 * on it, each gets the next number, and an issue that rolls back gives its number back. So each
 * series runs from 1 without gaps, and no number is given twice. Call it inside the transaction
 * that stores the document, as late as possible: the lock is held until that transaction ends.
 */
export async function takeDocumentNumber(
  tx: Database,
  request: { chamberId: ChamberId; series: string; year: number },
): Promise<DocumentNumber> {
  const { chamberId, series, year } = request;
  const [counter] = await tx
    .insert(documentCounters)
    .values({ chamberId, series, year, last: 1 })
    .onConflictDoUpdate({
      target: [documentCounters.chamberId, documentCounters.series, documentCounters.year],
      set: { last: sql`${documentCounters.last} + 1` },
    })
    .returning({ last: documentCounters.last });
  if (!counter) throw new Error("The document counter upsert returned no row");
  return formatDocumentNumber(series, year, counter.last);
}
