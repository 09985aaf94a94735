import type { Database } from "../db/connect";
import { idempotency } from "../services";
import type { IdempotencyScope } from "../services/idempotency";
import { ProblemError } from "./problem";
import type { Rendered } from "./render";

/**
 * A body as the idempotency row keeps it: wrapped, since a bare JSON string in jsonb reads back
 * parsed; or `withheld` when the answer showed a secret, which the node never keeps.
 */
type KeptBody = { json: string } | { withheld: true };

/**
 * Runs `run` once for an Idempotency-Key: the key is claimed in the transaction of the write and
 * its response stored in the same one, so a repeat (or a racer, which waits on the claim's row)
 * gets the first response again, and a failed write leaves no key behind.
 */
export async function runOnce(
  db: Database,
  scope: IdempotencyScope & { requestHash: string },
  run: (tx: Database) => Promise<Rendered>,
  options: { showsSecretOnce?: boolean | undefined } = {},
): Promise<{ rendered: Rendered; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const claim = await idempotency.claim(tx, scope);
    if (claim.kind === "replay") {
      const { status, body, headers } = claim.response;
      const kept = body as KeptBody | null;
      if (kept !== null && "withheld" in kept) {
        // The first answer showed a secret that exists nowhere now: say what was made instead.
        throw new ProblemError("conflict", {
          detailKey: "problem.conflict.secretShownOnce",
          headers: { ...headers },
        });
      }
      return { rendered: { status, body: kept?.json ?? null, headers: { ...headers } }, replayed: true };
    }
    if (claim.kind === "conflict") throw new ProblemError("idempotency-conflict");
    // The first request with this key has not finished: the caller may repeat it shortly.
    if (claim.kind === "in_progress") throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
    const fresh = await run(tx);
    const { requestHash: _hash, ...key } = scope;
    if (options.showsSecretOnce) {
      const { location } = fresh.headers;
      const headers: Record<string, string> = location === undefined ? {} : { location };
      await idempotency.complete(tx, key, { status: fresh.status, body: { withheld: true }, headers });
    } else {
      const kept: KeptBody | null = fresh.body === null ? null : { json: fresh.body };
      await idempotency.complete(tx, key, { ...fresh, body: kept });
    }
    return { rendered: fresh, replayed: false };
  });
}
