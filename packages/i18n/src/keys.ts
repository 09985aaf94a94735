import type * as schemas from "@ghorfa/schemas";
import type * as z from "zod";
import type { catalog as frenchCatalog } from "./catalogs/fr-MA";
import type { Locale } from "./locale";

// The keys that @ghorfa/schemas dictates. They are derived from the schemas' types, so a new enum,
// enum value, region or entity field without a message fails the typecheck of every catalog.

type Schemas = typeof schemas;

/** Every zod enum that @ghorfa/schemas exports, except ChamberId (its values are regions). */
export type EnumName = {
  [K in keyof Schemas]: Schemas[K] extends z.ZodEnum ? (K extends "ChamberId" ? never : K) : never;
}[keyof Schemas];

type EnumValue<N extends EnumName> = Schemas[N] extends z.ZodEnum ? Schemas[N]["options"][number] : never;

/** `enum.<EnumName>.<value>`, e.g. `enum.LegalForm.sarl_au`. */
export type EnumKey = { [N in EnumName]: `enum.${N}.${EnumValue<N>}` }[EnumName];

/** `region.<chamberId>`, e.g. `region.ma-09` (Souss-Massa). */
export type RegionKey = `region.${schemas.ChamberId}`;

type Leaf = string | number | bigint | boolean | null | undefined;

/** Every property name at any depth of T, through arrays and unions. */
type DeepKeys<T> = T extends Leaf
  ? never
  : T extends readonly (infer E)[]
    ? DeepKeys<E>
    : { [K in keyof T & string]: K | DeepKeys<T[K]> }[keyof T & string];

/** The entities whose fields get labels, for forms and for `formatIssues`. */
type Entity =
  | schemas.Member
  | schemas.Chamber
  | schemas.Unit
  | schemas.Lease
  | schemas.LeasePayment
  | schemas.Agreement
  // events (issue 13)
  | schemas.Event
  | schemas.Registration
  // services platform (issue 13)
  | schemas.Service
  | schemas.ServiceRequest
  | schemas.HolidayAnnouncement
  // labels (issue 13)
  | schemas.LabelScheme
  | schemas.LabelApplication;

/** A field name of any entity, at any depth: `legalName`, `ice`, `monthlyRent`, `postalCode`… */
export type FieldName = DeepKeys<Entity>;

/** `field.<name>`: the label of a field, found by the last non-numeric segment of an issue's path. */
export type FieldKey = `field.${FieldName}`;

/**
 * `issue.<code>`: the sentence for each of Ghorfa's own validation issue codes; and
 * `issue.<code>.values`, the same naming its values, for each code that has some
 * (`GhorfaIssueValues`).
 */
export type IssueKey = `issue.${schemas.GhorfaIssueCode}` | `issue.${keyof schemas.GhorfaIssueValues}.values`;

/** `language.<locale>`: the name of each supported language. */
export type LanguageKey = `language.${Locale}`;

/** The keys a catalog must have because the schemas say so; the fr-MA catalog adds the rest. */
export type DerivedKey = EnumKey | RegionKey | FieldKey | IssueKey | LanguageKey;

type DerivedFamily = "enum" | "region" | "field" | "issue" | "language";

/** Accepts `never` only: instantiated with a non-empty set of keys, it fails the typecheck. */
type MustBeNone<K extends never> = K;

/**
 * Keys of a derived family (`issue.…`, `enum.…`…) that the schemas no longer dictate, such as the
 * message of a Ghorfa issue code that was removed. There must be none: a stale key fails the typecheck
 * here, as a missing one fails it in the French catalog.
 */
export type StaleKey = MustBeNone<
  Exclude<Extract<keyof typeof frenchCatalog, `${DerivedFamily}.${string}`>, DerivedKey>
>;
