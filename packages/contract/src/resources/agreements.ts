import type { Named } from "@ghorfa/schemas";
import { Agreement } from "@ghorfa/schemas";
import type * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Agreement);
const assigned = { id: true, status: true, createdAt: true, updatedAt: true } as const;

const agreementCreateSchema = fields.omit(assigned);
/** The type of `AgreementCreate`, named so that declarations refer to it rather than restate it. */
export interface AgreementCreateSchema extends Named<typeof agreementCreateSchema> {}
/**
 * A new agreement, recorded by the chamber of the path (a party to it); it starts as a `draft`.
 * Commitment ids are made by the caller (`newId("commitment", chamberId)`), so that the
 * agreement keeps them on every node that serves it.
 */
export const AgreementCreate: AgreementCreateSchema = agreementCreateSchema;
export type AgreementCreate = z.infer<typeof AgreementCreate>;

const agreementPatchSchema = patchOf(fields.omit(assigned));
/** The type of `AgreementPatch`, named so that declarations refer to it rather than restate it. */
export interface AgreementPatchSchema extends Named<typeof agreementPatchSchema> {}
/**
 * A change to an agreement: each top-level field given replaces the current one, and `null`
 * removes an optional one (`summary`, `signature`, which a signed agreement keeps).
 */
export const AgreementPatch: AgreementPatchSchema = agreementPatchSchema;
export type AgreementPatch = z.infer<typeof AgreementPatch>;

/** A move to another status; signing (`signed`) says where and when, in `signature`. */
export const AgreementStatusChange = fields.pick({ status: true, signature: true });
export type AgreementStatusChange = z.infer<typeof AgreementStatusChange>;

const agreementListQuerySchema = PageQuery.extend({
  status: fields.shape.status.optional(),
  kind: fields.shape.kind.optional(),
  domain: fields.shape.domains.element.optional().describe("Agreements that cover this domain"),
});
/** The type of `AgreementListQuery`, named so that declarations refer to it rather than restate it. */
export interface AgreementListQuerySchema extends Named<typeof agreementListQuerySchema> {}
export const AgreementListQuery: AgreementListQuerySchema = agreementListQuerySchema;
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;
