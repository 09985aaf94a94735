import * as z from "zod";
import { LABEL_APPLICATION_STATUSES, LABEL_DECISION_KINDS, PRODUCT_CATEGORIES } from "../enum-values";

// The enums of the quality label programme (issue 13). Wire values: never rename one.

/** What kind of product a label application is for: the products of the territory, and the rest. */
export const ProductCategory = z.enum(PRODUCT_CATEGORIES);
export type ProductCategory = z.infer<typeof ProductCategory>;

/**
 * Where an application stands, derived from its audits and decisions as of a day (`labelStatus`),
 * never stored: `expired` is what a granted or suspended label becomes once its validity ends.
 */
export const LabelApplicationStatus = z.enum(LABEL_APPLICATION_STATUSES);
export type LabelApplicationStatus = z.infer<typeof LabelApplicationStatus>;

/**
 * What a label decision decides. `reinstated` lifts a suspension: the label keeps its number and
 * its validity end, and needs an audit made after the suspension that reaches the pass mark.
 */
export const LabelDecisionKind = z.enum(LABEL_DECISION_KINDS);
export type LabelDecisionKind = z.infer<typeof LabelDecisionKind>;
