import { Member, MemberAddress, MemberLabel, MemberPublic } from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";
import { SearchText } from "../search";

const fields = fieldsOf(Member);
const assigned = { id: true, chamberId: true, status: true, createdAt: true, updatedAt: true } as const;

/** A new member: the node assigns the id, the chamber (from the path), the status (`pending`) and the times. */
export const MemberCreate = fields.omit(assigned);
export type MemberCreate = z.infer<typeof MemberCreate>;

/**
 * A change to a member: each top-level field given replaces the current one, and `null` removes
 * an optional one (`tradeName`). Status has its own route.
 */
export const MemberPatch = patchOf(fields.omit(assigned));
export type MemberPatch = z.infer<typeof MemberPatch>;

/** A move to another status, allowed by the member lifecycle (`nextStatuses("member", …)`). */
export const MemberStatusChange = fields.pick({ status: true });
export type MemberStatusChange = z.infer<typeof MemberStatusChange>;

/** A member as a list or a read answers it: whole for the chamber's keys, public for anyone else. */
export const MemberView = z.union([Member, MemberPublic]);
export type MemberView = z.infer<typeof MemberView>;

export const MemberListQuery = PageQuery.extend({
  q: SearchText.optional(),
  section: fields.shape.section.optional(),
  status: fields.shape.status.optional(),
  city: MemberAddress.shape.city.optional(),
  label: MemberLabel.shape.code.optional().describe("A label code members hold, such as souss-massa-quality"),
});
export type MemberListQuery = z.infer<typeof MemberListQuery>;
