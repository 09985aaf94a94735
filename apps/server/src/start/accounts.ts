import { randomBytes } from "node:crypto";
import { join } from "node:path";
import { type AccountRole, type ChamberId, STAFF_ROLES } from "@ghorfa/schemas";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts as accountRows } from "../db/schema";
import { accounts, members, passwords } from "../services";
import { DEMO_CHAMBER, readSecret, writeSecret } from "./keys";

// The demo accounts of Souss-Massa: one per staff role and one member, all with one password that
// is made at the first start, kept in the data folder like the demo key, and printed at each start.
// It is random, never written in the code: a node put on a network with its demo data does not
// open to a password anyone can read here.

export interface DemoAccount {
  email: string;
  role: AccountRole;
}

export interface DemoAccounts {
  password: string;
  accounts: DemoAccount[];
}

const emailOf = (role: AccountRole) => `${role}@demo.cci-sm.ma`;

/**
 * The demo accounts and their password: made on the first start, the same on the next ones. When
 * the password is no longer in the data folder, a new one is made and given to the demo accounts.
 * Undefined when the node does not host the demo chamber or has no active member in it.
 */
export async function demoAccounts(
  db: Database,
  dataDir: string,
  hosted: readonly ChamberId[],
): Promise<DemoAccounts | undefined> {
  if (!hosted.includes(DEMO_CHAMBER)) return undefined;
  const page = await members.list(db, { chamberId: DEMO_CHAMBER, limit: 1, status: "active" });
  const member = page.items[0];
  if (!member) return undefined;
  const wanted: (DemoAccount & { memberId?: typeof member.id })[] = [
    ...STAFF_ROLES.map((role) => ({ email: emailOf(role), role })),
    { email: emailOf("member"), role: "member", memberId: member.id },
  ];
  const file = join(dataDir, "demo-password");
  const known = await readSecret(file);
  const password = known ?? `demo-${randomBytes(12).toString("base64url")}`;
  if (!known) await writeSecret(dataDir, file, password);

  // Replicas starting at once on one PostgreSQL seed one at a time: the first makes the accounts,
  // the others find them (a transaction-scoped advisory lock).
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('ghorfa.demo-accounts'))`);
    const emails = wanted.map((account) => account.email);
    const existing = await tx
      .select({ email: accountRows.email })
      .from(accountRows)
      .where(and(eq(accountRows.chamberId, DEMO_CHAMBER), inArray(accountRows.email, emails)));
    const have = new Set(existing.map((row) => row.email));
    if (!known && have.size > 0) {
      await tx
        .update(accountRows)
        .set({ passwordHash: await passwords.hashPassword(password) })
        .where(and(eq(accountRows.chamberId, DEMO_CHAMBER), inArray(accountRows.email, emails)));
    }
    for (const account of wanted.filter((account) => !have.has(account.email))) {
      await accounts.create(tx, {
        chamberId: DEMO_CHAMBER,
        email: account.email,
        displayName: `Demo ${account.role}`,
        role: account.role,
        memberId: account.memberId,
        password,
      });
    }
  });
  return { password, accounts: wanted.map(({ email, role }) => ({ email, role })) };
}
