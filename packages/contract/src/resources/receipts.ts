import type { Named } from "@ghorfa/schemas";
import { Chamber, Lease, LeasePayment, Member, Unit } from "@ghorfa/schemas";
import * as z from "zod";
import { fieldsOf } from "../fields";
import { own } from "../owned";

const AmountInWords = own(
  z.string().min(1),
  "the payment's amount written out in the response language, computed by the node with @ghorfa/i18n",
);

const receiptSchema = z.object({
  chamber: fieldsOf(Chamber).pick({ id: true, names: true }),
  payment: LeasePayment,
  lease: fieldsOf(Lease).pick({ id: true, start: true, end: true, monthlyRent: true, legalRegime: true }),
  unit: fieldsOf(Unit).pick({ id: true, building: true, code: true }),
  tenant: fieldsOf(Member).pick({
    id: true,
    legalName: true,
    tradeName: true,
    identifiers: true,
    address: true,
  }),
  amountInWords: AmountInWords,
});
/** The type of `Receipt`, named so that declarations refer to it rather than restate it. */
export interface ReceiptSchema extends Named<typeof receiptSchema> {}
/**
 * A receipt of a lease payment, ready to print: who received it, from whom, for what, and the
 * amount in words in the caller's language (Content-Language says which).
 */
export const Receipt: ReceiptSchema = receiptSchema;
export type Receipt = z.infer<typeof Receipt>;

/** A receipt but for its amount in words, which the node writes in each caller's language. */
export type ReceiptParts = Omit<Receipt, "amountInWords">;

type Record_ = Readonly<Record<string, unknown>>;

/** The fields of `value` that `schema` lists, leaving out those `value` does not have. */
function pickShape(schema: z.ZodObject, value: Record_): Record<string, unknown> {
  const picked: Record<string, unknown> = {};
  for (const key of Object.keys(schema.shape)) if (value[key] !== undefined) picked[key] = value[key];
  return picked;
}

/**
 * What a receipt shows of its payment's records: the fields `Receipt` lists of each, no other
 * (no contacts, no deposit), read off the schema so that the node and the examples show the same.
 */
export function receiptOf(records: {
  chamber: Chamber;
  payment: LeasePayment;
  lease: Lease;
  unit: Unit;
  tenant: Member;
}): ReceiptParts {
  const { shape } = receiptSchema;
  return {
    chamber: pickShape(shape.chamber, records.chamber),
    payment: records.payment,
    lease: pickShape(shape.lease, records.lease),
    unit: pickShape(shape.unit, records.unit),
    tenant: pickShape(shape.tenant, records.tenant),
  } as ReceiptParts;
}
