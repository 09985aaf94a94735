import type { Database } from "../db/connect";
import { idempotency } from "../services";
import type { Earlier, KeyedRequest } from "../services/idempotency";
import { ProblemError } from "./problem";
import type { Rendered } from "./render";

/**
 * A body as the idempotency row keeps it: wrapped, since a bare JSON string in jsonb reads back
 * parsed; or `withheld` when the answer showed a secret, which the node never keeps.
 */
type KeptBody = { json: string } | { withheld: true };

/** Thrown inside the write's transaction to roll it back: another request holds the key. */
const KEY_TAKEN = Symbol("idempotency key taken");

/**
 * How many times a write whose key was taken runs again when the key has gone by the time it is
 * read (purged past its TTL in between): the next run takes the key. More is a sign of a fault.
 */
const ATTEMPTS = 3;

/**
 * Runs `run` once for an Idempotency-Key: the write, then the key with its answer in the same
 * transaction (see services/idempotency.ts for why in that order). A write that loses its key to
 * a concurrent or earlier request is rolled back and answered from that request's row; so is a
 * write that fails when a request with the key has committed meanwhile. A write that fails with
 * the key free leaves nothing behind, and its error is the answer.
 */
export async function runOnce(
  db: Database,
  request: KeyedRequest,
  run: (tx: Database) => Promise<Rendered>,
  options: { showsSecretOnce?: boolean | undefined } = {},
): Promise<{ rendered: Rendered; replayed: boolean }> {
  for (let attempt = 1; ; attempt++) {
    try {
      const rendered = await db.transaction(async (tx) => {
        const fresh = await run(tx);
        if (!(await idempotency.record(tx, request, kept(fresh, options)))) throw KEY_TAKEN;
        return fresh;
      });
      return { rendered, replayed: false };
    } catch (error) {
      const earlier = await earlierAnswer(db, request, error);
      if (earlier.kind !== "none") return { rendered: answer(earlier), replayed: true };
      if (error !== KEY_TAKEN) throw error;
      if (attempt === ATTEMPTS) throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
    }
  }
}

/** What a write records with its key: its answer, or only where to find what it made. */
function kept(fresh: Rendered, options: { showsSecretOnce?: boolean | undefined }) {
  if (options.showsSecretOnce) {
    const { location } = fresh.headers;
    const headers: Record<string, string> = location === undefined ? {} : { location };
    return { status: fresh.status, body: { withheld: true } satisfies KeptBody, headers };
  }
  const body: KeptBody | null = fresh.body === null ? null : { json: fresh.body };
  return { ...fresh, body };
}

/**
 * The key's committed row after a failed transaction. When that row cannot be read (the database
 * is gone), the write's own error says more than the read's.
 */
async function earlierAnswer(db: Database, request: KeyedRequest, error: unknown): Promise<Earlier> {
  try {
    return await idempotency.lookup(db, request);
  } catch (lookupError) {
    if (error === KEY_TAKEN) throw lookupError;
    throw error;
  }
}

/** The answer of an earlier request with the key, or the problem that says why there is none. */
function answer(earlier: Exclude<Earlier, { kind: "none" }>): Rendered {
  if (earlier.kind === "conflict") throw new ProblemError("idempotency-conflict");
  // The first request with this key has not finished: the caller may repeat it shortly.
  if (earlier.kind === "in_progress") throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
  const { status, body, headers } = earlier.response;
  const kept = body as KeptBody | null;
  if (kept !== null && "withheld" in kept) {
    // The first answer showed a secret that exists nowhere now: say what was made instead.
    throw new ProblemError("conflict", {
      detailKey: "problem.conflict.secretShownOnce",
      headers: { ...headers },
    });
  }
  return { status, body: kept?.json ?? null, headers: { ...headers } };
}
