import * as z from "zod";
import { isDateOrdered } from "../calendar/date-order";
import { IsoDate } from "../calendar/dates";
import { BureauPost, DigitalServiceKind, IndicatorKind, OfficeKind } from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { ghorfaIssue } from "../issues/issue-codes";
import { WebUrl } from "../members/contact";
import { NonNegativeMoney } from "../money/money";
import type { Named } from "../named";
import { LocalizedText } from "../text/localized-text";
import { textLine } from "../text/text";
import { CountryCode } from "./country";

const rangeOrder = ghorfaIssue("date_range_order", "The end date is before the start date");

/** A place the chamber works from: its seat, an annex in the region, or an office abroad. */
export const Office = z
  .object({
    kind: OfficeKind,
    name: LocalizedText,
    city: textLine(),
    country: CountryCode,
    address: textLine().optional(),
  })
  .refine((office) => (office.kind === "abroad") === (office.country !== "MA"), {
    ...ghorfaIssue("office_country_mismatch", "A seat or an annex is in Morocco; an office abroad is not"),
    path: ["country"],
  })
  .meta({
    if: { type: "object", properties: { kind: { const: "abroad" } } },
    // biome-ignore lint/suspicious/noThenProperty: JSON Schema's if/then/else, never awaited
    then: { type: "object", properties: { country: { not: { const: "MA" } } } },
    else: { type: "object", properties: { country: { const: "MA" } } },
  });
export type Office = z.infer<typeof Office>;

/** Someone holding a post of the elected bureau (or the director) over a period. */
export const BureauMandate = z
  .object({
    post: BureauPost,
    holder: LocalizedText,
    since: IsoDate,
    until: IsoDate.optional(),
  })
  .refine((m) => isDateOrdered(m.since, m.until), { ...rangeOrder, path: ["until"] });
export type BureauMandate = z.infer<typeof BureauMandate>;

export const CertificationRenewal = z.object({
  year: z.int().min(1987).max(2100),
  validUntil: IsoDate.optional(),
});
export type CertificationRenewal = z.infer<typeof CertificationRenewal>;

/** A certification (ISO 9001…) and the years it was granted and renewed, oldest first. */
export const Certification = z
  .object({
    standard: textLine(),
    body: textLine().optional(),
    renewals: z.array(CertificationRenewal).min(1),
  })
  .refine((c) => c.renewals.every((r, i) => i === 0 || r.year > (c.renewals[i - 1]?.year ?? r.year)), {
    ...ghorfaIssue("certification_renewals_order", "Renewals are listed once a year, oldest first"),
    path: ["renewals"],
  });
export type Certification = z.infer<typeof Certification>;

export const DigitalService = z.object({
  kind: DigitalServiceKind,
  name: textLine(),
  url: WebUrl.optional(),
});
export type DigitalService = z.infer<typeof DigitalService>;

/** A share as basis points: 8000 is 80%. Integers, like money, so shares add up exactly. */
export const BasisPoints = z.int().min(0).max(10_000);
export type BasisPoints = z.infer<typeof BasisPoints>;

// `asOf` is the date a figure describes (a snapshot, or the end of the period from `from`).
const measured = { asOf: IsoDate, from: IsoDate.optional() };

/** A figure the chamber reports over time; the kind says what `value` is. */
export const Indicator = z
  .discriminatedUnion("kind", [
    z.object({ kind: IndicatorKind.extract(["clean_energy_share"]), ...measured, value: BasisPoints }),
    z.object({
      kind: IndicatorKind.extract(["monthly_rent_income", "entry_fees_collected"]),
      ...measured,
      value: NonNegativeMoney,
    }),
    z.object({ kind: IndicatorKind.extract(["members_count"]), ...measured, value: z.int().nonnegative() }),
  ])
  .refine((i) => isDateOrdered(i.from, i.asOf), { ...rangeOrder, path: ["asOf"] });
export type Indicator = z.infer<typeof Indicator>;

/** Exactly one seat; JSON Schema says it with `contains`, so the rule reaches other stacks. */
const Offices = z
  .array(Office)
  .min(1)
  .refine((offices) => offices.filter((o) => o.kind === "seat").length === 1, {
    ...ghorfaIssue("chamber_seat_count", "A chamber has exactly one seat"),
  })
  .meta({
    contains: { type: "object", properties: { kind: { const: "seat" } } },
    minContains: 1,
    maxContains: 1,
  });

const chamberSchema = z
  .object({
    id: ChamberId,
    region: ChamberId,
    names: LocalizedText,
    offices: Offices,
    bureau: z.array(BureauMandate),
    certifications: z.array(Certification),
    digitalServices: z.array(DigitalService),
    indicators: z.array(Indicator),
    nodeUrl: WebUrl,
  })
  .refine((chamber) => chamber.region === chamber.id, {
    ...ghorfaIssue("chamber_region_mismatch", "A chamber's region is the region its id names"),
    path: ["region"],
  });
/** The type of `Chamber`, named so that declarations refer to it rather than restate it. */
export interface ChamberSchema extends Named<typeof chamberSchema> {}
/**
 * A chamber of the federation. `region` is its region's code: loi 38-12 gives each of the 12
 * regions one chamber, so it always equals `id`, and a record where it does not is refused.
 */
export const Chamber: ChamberSchema = chamberSchema;
export type Chamber = z.infer<typeof Chamber>;
