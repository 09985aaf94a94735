import type { Database } from "./connect";

// Drizzle sends every statement with the extended protocol (parse, bind, execute). On PGlite that
// is six calls into the engine per statement, where the simple protocol takes two; on PostgreSQL
// the difference is smaller. A statement on the hot path of every keyed write (idempotency.ts)
// goes through the simple protocol instead, its values written in as literals by `sqlLiteral`.

/** A value a simple-protocol statement may carry: text, a safe integer, or null. */
export type LiteralValue = string | number | null;

/**
 * `value` as a PostgreSQL literal. Text is quoted as node-postgres's `escapeLiteral` quotes it:
 * quotes doubled, and backslashes doubled inside an `E'…'` string, so that it reads back the same
 * whatever `standard_conforming_strings` says. NUL, which no PostgreSQL text can hold, is refused.
 */
export function sqlLiteral(value: LiteralValue): string {
  if (value === null) return "NULL";
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) throw new RangeError(`Not a safe integer: ${value}`);
    return String(value);
  }
  if (value.includes("\0")) throw new RangeError("A text value holds NUL");
  const quoted = `'${value.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;
  return value.includes("\\") ? ` E${quoted}` : quoted;
}

/** What a database or transaction of either driver holds underneath drizzle. */
interface DriverClient {
  /** PGlite and its transactions: the simple protocol, one result per statement. */
  exec?: (text: string) => Promise<{ rows: Record<string, unknown>[] }[]>;
  /** node-postgres pools and clients: without values, the simple protocol. */
  query?: (text: string) => Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * Runs one statement `text`, whose values are `sqlLiteral`s, on `db` (a database or a
 * transaction), and returns its rows. The driver's client is drizzle's session's: a transaction's
 * statement runs on the transaction's connection.
 */
export async function runSimple(db: Database, text: string): Promise<Record<string, unknown>[]> {
  const client = (db as unknown as { session?: { client?: DriverClient } }).session?.client;
  if (typeof client?.exec === "function") {
    const [result] = await client.exec(text);
    return result?.rows ?? [];
  }
  if (typeof client?.query === "function") return (await client.query(text)).rows;
  throw new TypeError("runSimple: the database has neither a PGlite nor a node-postgres client");
}
