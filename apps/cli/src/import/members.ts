import { createHash } from "node:crypto";
import { MemberCreate } from "@ghorfa/contract";
import { formatIssues, type Locale, loadCatalog, messageFrom } from "@ghorfa/i18n";
import type { ChamberId } from "@ghorfa/schemas";
import {
  ApiError,
  type Client,
  ConflictError,
  ForbiddenError,
  IdempotencyConflictError,
  NetworkError,
  TimeoutError,
  UnauthorizedError,
} from "@ghorfa/sdk";
import { AuthError, UnreachableError, UsageError } from "../errors";
import { importMessages } from "../messages/import";
import { type Field, isoDateOf, legalFormOf, mapColumns, sectionOf } from "./columns";
import type { Row, RowSource } from "./row-source";

export type OnExisting = "skip" | "update";

export interface RowError {
  row: number;
  column: string;
  value: string;
  message: string;
}

export interface Counts {
  total: number;
  created: number;
  updated: number;
  skipped: number;
  failed: number;
  /** Rows found valid (a dry run counts here what a real run would send). */
  valid: number;
}

export interface ImportOptions {
  source: RowSource;
  chamberId: ChamberId;
  locale: Locale;
  /** Absent in a dry run: nothing is sent. */
  client?: Client | undefined;
  onExisting?: OnExisting | undefined;
  concurrency?: number | undefined;
  map?: Readonly<Record<string, string>> | undefined;
  onError?: ((error: RowError) => void) | undefined;
  onProgress?: ((counts: Counts) => void) | undefined;
}

/** The Idempotency-Key of a row: the same member of the same chamber gets the same key on every run. */
export function idempotencyKeyOf(chamberId: ChamberId, ice: string): string {
  return `ghorfa-import-${createHash("sha256").update(`${chamberId}:${ice}`).digest("hex").slice(0, 40)}`;
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split(".");
  let node = target;
  for (const part of parts.slice(0, -1)) {
    node[part] ??= {};
    node = node[part] as Record<string, unknown>;
  }
  node[parts.at(-1) as string] = value;
}

/** A cell as the body field wants it; the ICE stays exactly as written, so a damaged one is reported. */
function cellValue(field: Field, cell: string): string {
  if (field === "identifiers.ice") return cell;
  const trimmed = cell.trim();
  if (field === "section") return sectionOf(trimmed);
  if (field === "legalForm") return legalFormOf(trimmed);
  return isoDateOf(trimmed);
}

export function bodyOf(
  row: Row,
  columns: readonly (Field | undefined)[],
  chamberId: ChamberId,
): Record<string, unknown> {
  const body: Record<string, unknown> = {
    contacts: {},
    address: { region: chamberId },
    activity: {},
    labels: [],
  };
  columns.forEach((field, index) => {
    const cell = row.cells[index] ?? "";
    if (field === undefined || cell.trim() === "") return;
    setPath(body, field, cellValue(field, cell));
  });
  return body;
}

/** A pool of at most `limit` tasks: `add` waits for a free slot, so the reader waits with it. */
class Pool {
  private readonly running = new Set<Promise<void>>();
  constructor(private readonly limit: number) {}
  async add(task: () => Promise<void>): Promise<void> {
    const promise: Promise<void> = task().finally(() => this.running.delete(promise));
    this.running.add(promise);
    if (this.running.size >= this.limit) await Promise.race(this.running);
  }
  async drain(): Promise<void> {
    await Promise.all(this.running);
  }
}

function fatal(error: unknown, baseUrl: string): Error | undefined {
  if (error instanceof UnauthorizedError || error instanceof ForbiddenError)
    return new AuthError(error.status);
  if (error instanceof NetworkError || error instanceof TimeoutError)
    return new UnreachableError(baseUrl, error.message, { cause: error });
  return undefined;
}

/**
 * Reads the rows, checks each with the contract's member create body, and creates each valid one,
 * `concurrency` at a time. A member the chamber already holds (by ICE) is skipped or updated; a
 * row's create carries a key derived from the chamber and ICE, so a run killed mid-way and started
 * again finds the rows it made instead of making them twice.
 */
export async function importMembers(options: ImportOptions): Promise<Counts> {
  const { source, chamberId, locale, client } = options;
  await loadCatalog(locale);
  const headers = await source.headers();
  const { columns, unknownFields } = mapColumns(headers, options.map);
  if (unknownFields.length > 0)
    throw new UsageError(
      messageFrom(importMessages, locale, "unknownMapField", { fields: unknownFields.join(", ") }),
    );
  const iceColumn = columns.indexOf("identifiers.ice");
  if (iceColumn === -1) throw new UsageError(messageFrom(importMessages, locale, "noIce"));
  const columnOfField = (field: string) => {
    const index = (columns as (string | undefined)[]).indexOf(field);
    return index === -1 ? field : (headers[index] ?? field);
  };

  const counts: Counts = { total: 0, created: 0, updated: 0, skipped: 0, failed: 0, valid: 0 };
  const report = (error: RowError) => options.onError?.(error);
  const seen = new Map<string, number>();
  const pool = new Pool(Math.max(1, options.concurrency ?? 4));
  const chamber = client?.chamber(chamberId);
  const onExisting = options.onExisting ?? "skip";

  async function existing(ice: string, body: MemberCreate): Promise<void> {
    if (!chamber) return;
    const found = (await chamber.members.list({ q: ice, limit: 10 })).items.find(
      (member) => "identifiers" in member && member.identifiers.ice === ice,
    );
    if (found === undefined || onExisting === "skip") {
      counts.skipped++;
      return;
    }
    await chamber.members.get(found.id);
    await chamber.members.update(found.id, body);
    counts.updated++;
  }

  async function send(row: Row, body: MemberCreate): Promise<void> {
    if (!chamber) return;
    const ice = body.identifiers.ice;
    try {
      try {
        const created = await chamber.members.create(body, {
          idempotencyKey: idempotencyKeyOf(chamberId, ice),
        });
        // A replay is the answer to the create of an earlier run: the member is not new.
        if (created.$response.headers.get("idempotent-replayed") === "true") await existing(ice, body);
        else counts.created++;
      } catch (error) {
        if (error instanceof ConflictError || error instanceof IdempotencyConflictError)
          await existing(ice, body);
        else throw error;
      }
    } catch (error) {
      const stop = fatal(error, client?.baseUrl ?? "");
      if (stop) throw stop;
      counts.failed++;
      const detail =
        error instanceof ApiError
          ? [
              error.message,
              ...((error as { errors?: { message: string }[] }).errors ?? []).map((e) => e.message),
            ].join(" ")
          : String(error);
      report({
        row: row.row,
        column: "",
        value: "",
        message: messageFrom(importMessages, locale, "rowRefused", { detail }),
      });
    }
    options.onProgress?.(counts);
  }

  for await (const row of source.rows()) {
    counts.total++;
    const body = bodyOf(row, columns, chamberId);
    const ice = row.cells[iceColumn] ?? "";
    const parsed = MemberCreate.safeParse(body);
    const first = seen.get(ice);
    if (!parsed.success || (first !== undefined && ice !== "")) {
      counts.failed++;
      if (!parsed.success) {
        for (const issue of formatIssues(parsed.error, locale)) {
          const field = issue.pointer.slice(1).replaceAll("/", ".");
          const index = (columns as (string | undefined)[]).indexOf(field);
          report({
            row: row.row,
            column: columnOfField(field),
            value: index === -1 ? "" : (row.cells[index] ?? ""),
            message: issue.message,
          });
        }
      }
      if (first !== undefined && ice !== "") {
        report({
          row: row.row,
          column: headers[iceColumn] ?? "ICE",
          value: ice,
          message: messageFrom(importMessages, locale, "duplicateInFile", { first }),
        });
      }
      options.onProgress?.(counts);
      continue;
    }
    seen.set(ice, row.row);
    counts.valid++;
    if (!chamber) {
      options.onProgress?.(counts);
      continue;
    }
    await pool.add(() => send(row, parsed.data));
  }
  await pool.drain();
  return counts;
}
