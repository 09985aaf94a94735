import * as z from "zod";
import { isDateOrdered, isInstantOrdered } from "../calendar/date-order";
import { IsoDate, IsoDateTime } from "../calendar/dates";
import { LegalForm, MemberStatus, Section } from "../enums";
import { ChamberId } from "../ids/chamber-id";
import { MemberId } from "../ids/ids";
import { ghorfaRawIssue } from "../issues/issue-codes";
import type { Named } from "../named";
import { arabicOrFrenchIssue, hasArabicOrFrench, LocalizedTextFields } from "../text/localized-text";
import { textLine } from "../text/text";
import { Email, MoroccanPhone, WebUrl } from "./contact";
import { Cnss, Ice, IdentifiantFiscal, RegistreCommerce, TaxeProfessionnelle } from "./identifiers";

// Why the rules of a member live in one check on `Member` rather than in the schemas of its parts:
// zod wraps every object that has a check, and that wrapper, paid for the activity, each label
// and the member, cost more than the rules themselves. One check at the top keeps Ghorfa's
// refinements within 10% of a plain object's parse time (bench/member.bench.ts). The rules are
// functions, written once, and `MemberLabel` runs the same ones when used on its own.

type Issues = { issues: unknown[] };
type Path = readonly PropertyKey[];

const labelFields = z.object({
  code: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: "Expected a kebab-case label code" }),
  name: LocalizedTextFields,
  product: LocalizedTextFields,
  grantedOn: IsoDate,
  validUntil: IsoDate.optional(),
});

function checkLabel(label: z.infer<typeof labelFields>, ctx: Issues, path: Path) {
  if (!hasArabicOrFrench(label.name))
    ctx.issues.push({ ...arabicOrFrenchIssue(label.name), path: [...path, "name"] });
  if (!hasArabicOrFrench(label.product)) {
    ctx.issues.push({ ...arabicOrFrenchIssue(label.product), path: [...path, "product"] });
  }
  if (!isDateOrdered(label.grantedOn, label.validUntil)) {
    ctx.issues.push({
      ...ghorfaRawIssue("date_range_order", "A label cannot expire before it is granted", label.validUntil),
      path: [...path, "validUntil"],
    });
  }
}

/** A label granted to one of a member's products, e.g. the "Souss Massa" quality label for argan oil. */
export const MemberLabel = labelFields.check((ctx) => checkLabel(ctx.value, ctx, []));
export type MemberLabel = z.infer<typeof MemberLabel>;

export const MemberIdentifiers = z.object({
  ice: Ice,
  rc: RegistreCommerce,
  if: IdentifiantFiscal.optional(),
  tp: TaxeProfessionnelle.optional(),
  cnss: Cnss.optional(),
});
export type MemberIdentifiers = z.infer<typeof MemberIdentifiers>;

const memberAddressSchema = z.object({
  region: ChamberId,
  prefecture: textLine(),
  city: textLine(),
  street: textLine().optional(),
  postalCode: z
    .string()
    .regex(/^[0-9]{5}$/, { message: "Expected a 5-digit postal code" })
    .optional(),
});
/** The type of `MemberAddress`, named so that declarations refer to it rather than restate it. */
export interface MemberAddressSchema extends Named<typeof memberAddressSchema> {}
/** Where a member is established: region code, prefecture or province, city. */
export const MemberAddress: MemberAddressSchema = memberAddressSchema;
export type MemberAddress = z.infer<typeof MemberAddress>;

export const MemberContacts = z.object({
  email: Email.optional(),
  phone: MoroccanPhone.optional(),
  website: WebUrl.optional(),
});
export type MemberContacts = z.infer<typeof MemberContacts>;

const memberFields = z.object({
  id: MemberId,
  chamberId: ChamberId,
  legalName: textLine().max(200),
  tradeName: textLine().max(200).optional(),
  legalForm: LegalForm,
  identifiers: MemberIdentifiers,
  section: Section,
  activity: LocalizedTextFields,
  address: MemberAddress,
  contacts: MemberContacts,
  status: MemberStatus,
  labels: z.array(labelFields),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});

/** The rules a member and its public view share: its id names its chamber; its texts are readable. */
function checkPublicRules(
  m: Pick<z.infer<typeof memberFields>, "id" | "chamberId" | "activity" | "labels">,
  ctx: Issues,
) {
  // Ids are `mem_<chamberId>_<ulid>` and both are valid by now: comparing the two digits of
  // `ma-NN` at their fixed offsets is enough, and allocates nothing.
  if (m.id.charCodeAt(7) !== m.chamberId.charCodeAt(3) || m.id.charCodeAt(8) !== m.chamberId.charCodeAt(4)) {
    ctx.issues.push({
      ...ghorfaRawIssue("member_chamber_mismatch", "A member's id names the chamber it belongs to", m.id),
      path: ["id"],
    });
  }
  if (!hasArabicOrFrench(m.activity))
    ctx.issues.push({ ...arabicOrFrenchIssue(m.activity), path: ["activity"] });
  for (let i = 0; i < m.labels.length; i++) checkLabel(m.labels[i] as MemberLabel, ctx, ["labels", i]);
}

const memberSchema = memberFields.check((ctx) => {
  checkPublicRules(ctx.value, ctx);
  if (!isInstantOrdered(ctx.value.createdAt, ctx.value.updatedAt)) {
    ctx.issues.push({
      ...ghorfaRawIssue(
        "date_range_order",
        "A member cannot be updated before it is created",
        ctx.value.updatedAt,
      ),
      path: ["updatedAt"],
    });
  }
});
/** The type of `Member`, named so that declarations refer to it rather than restate it. */
export interface MemberSchema extends Named<typeof memberSchema> {}
/** A member (ressortissant) of a chamber: an enterprise and its Moroccan identifiers. */
export const Member: MemberSchema = memberSchema;
export type Member = z.infer<typeof Member>;

const memberPublicSchema = memberFields
  .pick({
    id: true,
    chamberId: true,
    legalName: true,
    tradeName: true,
    section: true,
    activity: true,
    labels: true,
  })
  .extend({ address: MemberAddress.pick({ region: true, city: true }) })
  .check((ctx) => checkPublicRules(ctx.value, ctx));
/** The type of `MemberPublic`, named so that declarations refer to it rather than restate it. */
export interface MemberPublicSchema extends Named<typeof memberPublicSchema> {}
/** What anyone may see of a member: names, section, activity, where it is, labels. */
export const MemberPublic: MemberPublicSchema = memberPublicSchema;
export type MemberPublic = z.infer<typeof MemberPublic>;

/** The public view of `member`: every other field is dropped, not hidden. */
export function toMemberPublic(member: Member): MemberPublic {
  return MemberPublic.parse(member);
}
