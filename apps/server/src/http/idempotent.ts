import type { Database } from "../db/connect";
import { transactionEndingWith } from "../db/transaction";
import { idempotency } from "../services";
import type { Earlier, KeyedRequest } from "../services/idempotency";
import { ProblemError } from "./problem";
import type { Rendered } from "./render";

/**
 * How many times a write whose key was held by a row past its TTL runs again once that row is
 * deleted: the next run takes the key. More is a sign of a fault.
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
  const withheld = options.showsSecretOnce === true;
  for (let attempt = 1; ; attempt++) {
    try {
      const rendered = await transactionEndingWith(db, run, (fresh) =>
        idempotency.recordStatement(request, withheld ? whereItIs(fresh) : fresh, { withheld }),
      );
      return { rendered, replayed: false };
    } catch (error) {
      const earlier = await earlierAnswer(db, request, error);
      if (earlier.kind !== "none") return { rendered: answer(earlier), replayed: true };
      if (!idempotency.isKeyTaken(error)) throw error;
      // No live row, yet the key was taken: by a row past its TTL, which this request takes over.
      await idempotency.releaseExpired(db, request);
      if (attempt === ATTEMPTS) throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
    }
  }
}

/** An answer that showed a secret, as its key keeps it: only where to find what it made. */
function whereItIs(fresh: Rendered): Rendered {
  const { location } = fresh.headers;
  return { status: fresh.status, body: null, headers: location === undefined ? {} : { location } };
}

/**
 * The key's committed row after a failed transaction. When that row cannot be read (the database
 * is gone), the write's own error says more than the read's.
 */
async function earlierAnswer(db: Database, request: KeyedRequest, error: unknown): Promise<Earlier> {
  try {
    return await idempotency.lookup(db, request);
  } catch (lookupError) {
    if (idempotency.isKeyTaken(error)) throw lookupError;
    throw error;
  }
}

/** The answer of an earlier request with the key, or the problem that says why there is none. */
function answer(earlier: Exclude<Earlier, { kind: "none" }>): Rendered {
  if (earlier.kind === "conflict") throw new ProblemError("idempotency-conflict");
  // The first request with this key has not finished: the caller may repeat it shortly.
  if (earlier.kind === "in_progress") throw new ProblemError("conflict", { headers: { "retry-after": "1" } });
  if (earlier.kind === "withheld") {
    // The first answer showed a secret that exists nowhere now: say what was made instead.
    throw new ProblemError("conflict", {
      detailKey: "problem.conflict.secretShownOnce",
      headers: { ...earlier.headers },
    });
  }
  const { status, body, headers } = earlier.response;
  return { status, body, headers: { ...headers } };
}
