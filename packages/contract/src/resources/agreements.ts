import { Agreement } from "@ghorfa/schemas";
import type * as z from "zod";
import { fieldsOf, patchOf } from "../fields";
import { PageQuery } from "../pagination";

const fields = fieldsOf(Agreement);
const assigned = { id: true, status: true, createdAt: true, updatedAt: true } as const;

/**
 * A new agreement, recorded by the chamber of the path (a party to it); it starts as a `draft`.
 * Commitment ids are made by the caller (`newId("commitment", chamberId)`), so that the
 * agreement keeps them on every node that serves it.
 */
export const AgreementCreate = fields.omit(assigned);
export type AgreementCreate = z.infer<typeof AgreementCreate>;

/**
 * A change to an agreement: each top-level field given replaces the current one, and `null`
 * removes an optional one (`summary`, `signature`, which a signed agreement keeps).
 */
export const AgreementPatch = patchOf(fields.omit(assigned));
export type AgreementPatch = z.infer<typeof AgreementPatch>;

/** A move to another status; signing (`signed`) says where and when, in `signature`. */
export const AgreementStatusChange = fields.pick({ status: true, signature: true });
export type AgreementStatusChange = z.infer<typeof AgreementStatusChange>;

export const AgreementListQuery = PageQuery.extend({
  status: fields.shape.status.optional(),
  kind: fields.shape.kind.optional(),
  domain: fields.shape.domains.element.optional().describe("Agreements that cover this domain"),
});
export type AgreementListQuery = z.infer<typeof AgreementListQuery>;
