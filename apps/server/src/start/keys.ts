import { randomBytes } from "node:crypto";
import { chmod, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CHAMBER_SCOPES, type ChamberScope } from "@ghorfa/contract";
import type { ChamberId } from "@ghorfa/schemas";
import type { Database } from "../db/connect";
import { makePrivate, PRIVATE_FILE } from "../db/data-dir";
import { apiKeys } from "../services";

// The keys a node prints at start are kept in its data folder (mode 0600), beside PGlite's files:
// the database keeps only their hashes, so the folder is the one place a secret can be read back
// to print it again on the next start.

export const DEMO_CHAMBER: ChamberId = "ma-09";
export const DEMO_SCOPES: ChamberScope[] = [...CHAMBER_SCOPES];

export async function readSecret(file: string): Promise<string | undefined> {
  try {
    const secret = (await readFile(file, "utf8")).trim() || undefined;
    // A key written by an older node, or copied, may be readable by others: it is fixed here.
    await chmod(file, PRIVATE_FILE);
    return secret;
  } catch {
    return undefined;
  }
}

export async function writeSecret(dataDir: string, file: string, secret: string): Promise<void> {
  makePrivate(dataDir);
  // The mode given to writeFile applies only to a new file, and through the umask: chmod says it.
  await writeFile(file, `${secret}\n`, { mode: PRIVATE_FILE });
  await chmod(file, PRIVATE_FILE);
}

/** The operator key of a node started without GHORFA_ADMIN_KEY: made once, then read back. */
export async function generatedOperatorKey(dataDir: string): Promise<string> {
  const file = join(dataDir, "operator-key");
  const known = await readSecret(file);
  if (known) return known;
  const secret = `ghorfa_${randomBytes(32).toString("base64url")}`;
  await writeSecret(dataDir, file, secret);
  return secret;
}

/**
 * The demo key (Souss-Massa, read and write): the one in the data folder while the database still
 * knows it, else a new one, saved there. Undefined when the node does not host the demo chamber.
 */
export async function demoKey(
  db: Database,
  dataDir: string,
  hosted: readonly ChamberId[],
): Promise<string | undefined> {
  if (!hosted.includes(DEMO_CHAMBER)) return undefined;
  const file = join(dataDir, "demo-key");
  const known = await readSecret(file);
  if (known && (await apiKeys.verify(db, known))) return known;
  const created = await apiKeys.create(db, {
    chamberId: DEMO_CHAMBER,
    name: "Demo key",
    scopes: DEMO_SCOPES,
  });
  await writeSecret(dataDir, file, created.secret);
  return created.secret;
}
