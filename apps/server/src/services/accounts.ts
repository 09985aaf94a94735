import type { AccountRole, AccountView, ChamberId, MemberId } from "@ghorfa/schemas";
import { newId } from "@ghorfa/schemas";
import { and, eq } from "drizzle-orm";
import type { Database } from "../db/connect";
import { accounts } from "../db/schema";
import { hashPassword } from "./passwords";

export type AccountRow = typeof accounts.$inferSelect;

/** An account as it is shown: never its password hash. */
export function toAccountView(row: AccountRow): AccountView {
  return {
    id: row.id as AccountView["id"],
    chamberId: row.chamberId,
    email: row.email,
    displayName: row.displayName,
    role: row.role,
    ...(row.memberId === null ? {} : { memberId: row.memberId as MemberId }),
    disabled: row.disabled,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export interface AccountCreate {
  chamberId: ChamberId;
  email: string;
  displayName: string;
  role: AccountRole;
  memberId?: MemberId | undefined;
  password: string;
}

/** Creates an account; the address is kept in lowercase. */
export async function create(db: Database, input: AccountCreate): Promise<AccountView> {
  const [row] = await db
    .insert(accounts)
    .values({
      id: newId("account", input.chamberId),
      chamberId: input.chamberId,
      email: input.email.toLowerCase(),
      displayName: input.displayName,
      role: input.role,
      memberId: input.memberId ?? null,
      passwordHash: await hashPassword(input.password),
    })
    .returning();
  return toAccountView(row as AccountRow);
}

/** Sets the password of account `id` to the one whose hash is `passwordHash`. */
export async function setPasswordHash(
  db: Database,
  id: string,
  passwordHash: string,
  now: Date,
): Promise<void> {
  await db.update(accounts).set({ passwordHash, updatedAt: now }).where(eq(accounts.id, id));
}

/** The account of `email` in `chamberId`, with its hash, for signing in; undefined when none. */
export async function findForSignIn(
  db: Database,
  chamberId: ChamberId,
  email: string,
): Promise<AccountRow | undefined> {
  const [row] = await db
    .select()
    .from(accounts)
    .where(and(eq(accounts.chamberId, chamberId), eq(accounts.email, email.toLowerCase())));
  return row;
}
