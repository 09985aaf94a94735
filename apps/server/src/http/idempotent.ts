import type { Database } from "../db/connect";
import { idempotency } from "../services";
import type { IdempotencyScope } from "../services/idempotency";
import { ProblemError } from "./problem";
import type { Rendered } from "./render";

/** A body as the idempotency row keeps it: wrapped, since a bare JSON string in jsonb reads back parsed. */
interface KeptBody {
  json: string;
}

/**
 * Runs `run` once for an Idempotency-Key: the key is claimed in the transaction of the write and
 * its response stored in the same one, so a repeat (or a racer, which waits on the claim's row)
 * gets the first response again, and a failed write leaves no key behind.
 */
export async function runOnce(
  db: Database,
  scope: IdempotencyScope & { requestHash: string },
  run: (tx: Database) => Promise<Rendered>,
): Promise<{ rendered: Rendered; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const claim = await idempotency.claim(tx, scope);
    if (claim.kind === "replay") {
      const { status, body, headers } = claim.response;
      const json = (body as KeptBody | null)?.json ?? null;
      return { rendered: { status, body: json, headers: { ...headers } }, replayed: true };
    }
    if (claim.kind === "conflict") throw new ProblemError("idempotency-conflict");
    // The first request with this key has not finished: the caller may repeat it shortly.
    if (claim.kind === "in_progress") throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
    const fresh = await run(tx);
    const kept: KeptBody | null = fresh.body === null ? null : { json: fresh.body };
    const { requestHash: _hash, ...key } = scope;
    await idempotency.complete(tx, key, { ...fresh, body: kept });
    return { rendered: fresh, replayed: false };
  });
}
