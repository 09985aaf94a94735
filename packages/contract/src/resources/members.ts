import type { Named } from "@ghorfa/schemas";
import { Member, MemberAddress, MemberLabel, MemberPublic } from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";
import { SearchText } from "../search";

const fields = fieldsOf(Member);
const assigned = { id: true, chamberId: true, status: true, createdAt: true, updatedAt: true } as const;

const memberCreateSchema = fields.omit(assigned);
/** The type of `MemberCreate`, named so that declarations refer to it rather than restate it. */
export interface MemberCreateSchema extends Named<typeof memberCreateSchema> {}
/** A new member: the node assigns the id, the chamber (from the path), the status (`pending`) and the times. */
export const MemberCreate: MemberCreateSchema = memberCreateSchema;
export type MemberCreate = z.infer<typeof MemberCreate>;

const memberPatchSchema = patchOf(fields.omit(assigned));
/** The type of `MemberPatch`, named so that declarations refer to it rather than restate it. */
export interface MemberPatchSchema extends Named<typeof memberPatchSchema> {}
/**
 * A change to a member: each top-level field given replaces the current one, and `null` removes
 * an optional one (`tradeName`). Status has its own route.
 */
export const MemberPatch: MemberPatchSchema = memberPatchSchema;
export type MemberPatch = z.infer<typeof MemberPatch>;

/** A move to another status, allowed by the member lifecycle (`nextStatuses("member", …)`). */
export const MemberStatusChange = fields.pick({ status: true });
export type MemberStatusChange = z.infer<typeof MemberStatusChange>;

const memberViewSchema = z.union([Member, MemberPublic]);
/** The type of `MemberView`, named so that declarations refer to it rather than restate it. */
export interface MemberViewSchema extends Named<typeof memberViewSchema> {}
/** A member as a list or a read answers it: whole for the chamber's keys, public for anyone else. */
export const MemberView: MemberViewSchema = memberViewSchema;
export type MemberView = z.infer<typeof MemberView>;

const memberListQuerySchema = PageQuery.extend({
  q: SearchText.optional(),
  section: fields.shape.section.optional(),
  status: fields.shape.status.optional(),
  city: MemberAddress.shape.city.optional(),
  label: MemberLabel.shape.code.optional().describe("A label code members hold, such as souss-massa-quality"),
});
/** The type of `MemberListQuery`, named so that declarations refer to it rather than restate it. */
export interface MemberListQuerySchema extends Named<typeof memberListQuerySchema> {}
export const MemberListQuery: MemberListQuerySchema = memberListQuerySchema;
export type MemberListQuery = z.infer<typeof MemberListQuery>;
