import * as z from "zod";
import { IsoDateTime } from "../calendar/dates";
import { ChamberId } from "../ids/chamber-id";
import { AccountId, MemberId } from "../ids/ids";
import { ghorfaIssue } from "../issues/issue-codes";
import { Email } from "../members/contact";
import { textLine } from "../text/text";

/**
 * What a person signed in to a chamber may do. `viewer`, `agent`, `manager` and `admin` are the
 * chamber's staff (the contract maps each to its scopes); `member` is one of the chamber's members,
 * who sees its own record. Wire values: never rename one.
 */
export const AccountRole = z.enum(["viewer", "agent", "manager", "admin", "member"]);
export type AccountRole = z.infer<typeof AccountRole>;

/** The staff roles: every role but `member`. */
export const STAFF_ROLES = ["viewer", "agent", "manager", "admin"] as const satisfies readonly AccountRole[];

/** An account's e-mail address, in lowercase: one address names one account of a chamber. */
export const AccountEmail = Email.toLowerCase();

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * A password as a person chooses it: long enough to resist guessing, short enough that hashing it
 * costs no more than any other. Length only, as NIST SP 800-63B advises: no composition rules.
 */
export const Password = z.string().check((ctx) => {
  const length = [...ctx.value].length;
  if (length < PASSWORD_MIN_LENGTH || length > PASSWORD_MAX_LENGTH) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value,
      ...ghorfaIssue(
        "password_length",
        `A password has ${PASSWORD_MIN_LENGTH} to ${PASSWORD_MAX_LENGTH} characters`,
      ),
    });
  }
});

const accountFields = z.object({
  id: AccountId,
  chamberId: ChamberId,
  email: AccountEmail,
  displayName: textLine().max(200),
  role: AccountRole,
  /** The member a `member` account is; absent for staff. */
  memberId: MemberId.optional(),
  disabled: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

type Issues = { value: z.infer<typeof accountFields>; issues: unknown[] };

/** A member account names its member; a staff account names none. */
function checkMemberId(ctx: Issues) {
  const isMember = ctx.value.role === "member";
  if (isMember !== (ctx.value.memberId !== undefined)) {
    ctx.issues.push({
      code: "custom",
      input: ctx.value.memberId,
      path: ["memberId"],
      ...ghorfaIssue("account_member_id", "A member account names its member; a staff account names none"),
    });
  }
}

/**
 * A person who signs in to one chamber: staff with a role, or one of its members. The record as the
 * node keeps it, less its password hash, which lives only in the node's database.
 */
export const Account = accountFields.check(checkMemberId);
export type Account = z.infer<typeof Account>;

/**
 * An account as the API shows it, to its holder among others: never a password or its hash. The
 * same fields as `Account` today, a schema of its own so that the record may grow fields the API
 * does not show.
 */
export const AccountView = accountFields.check(checkMemberId);
export type AccountView = z.infer<typeof AccountView>;
