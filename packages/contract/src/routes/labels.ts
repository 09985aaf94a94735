import { LabelApplication, LabelScheme, LabelVerification } from "@ghorfa/schemas";
import { Page } from "../pagination";
import {
  AuditCreate,
  LabelApplicationCreate,
  LabelApplicationListQuery,
  LabelDecisionCreate,
  LabelSchemeCreate,
  LabelSchemeListQuery,
} from "../resources/labels";
import { route } from "../route";
import { InChamber, LabelApplicationPath, LabelNumberPath, LabelSchemePath } from "./params";

const read = { kind: "scoped", scope: "labels:read" } as const;
const write = { kind: "scoped", scope: "labels:write" } as const;

const DECISIONS =
  "A grant rests on an audit of the application at most the scheme's `auditRecencyMonths` old whose " +
  "weighted score reaches the pass mark; a renewal (a grant on a granted or expired label) on an " +
  "audit made after the last grant; a suspended label comes back only by a `reinstated` decision, " +
  "on an audit made after the suspension; a withdrawal is final. Suspension and withdrawal take " +
  "effect on their day. A grant takes the next number of the scheme's series for its year, without gaps. " +
  "A decision the application's status does not allow is `invalid-transition`, whose `allowed` lists the " +
  "decisions (`LabelDecisionKind`) it does allow.";

export const labelRoutes = {
  "labels.schemes.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/label-schemes",
    summary: "List label schemes",
    tag: "labels",
    params: InChamber,
    query: LabelSchemeListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(LabelScheme) },
  }),
  "labels.schemes.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/label-schemes/{schemeId}",
    summary: "Get a label scheme",
    tag: "labels",
    params: LabelSchemePath,
    access: read,
    etag: true,
    responses: { 200: LabelScheme },
  }),
  "labels.schemes.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/label-schemes",
    summary: "Set up a label scheme",
    description: "A scheme whose code the chamber already uses is a conflict.",
    tag: "labels",
    params: InChamber,
    body: LabelSchemeCreate,
    access: write,
    etag: true,
    responses: { 201: LabelScheme },
  }),
  "labels.applications.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/label-applications",
    summary: "List label applications",
    description: "Filters combine (all must hold); `status` is the status as of today, in Morocco.",
    tag: "labels",
    params: InChamber,
    query: LabelApplicationListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(LabelApplication) },
  }),
  "labels.applications.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/label-applications/{applicationId}",
    summary: "Get a label application",
    description: "With its audits and decisions; `status` is derived from them as of today, in Morocco.",
    tag: "labels",
    params: LabelApplicationPath,
    access: read,
    etag: true,
    responses: { 200: LabelApplication },
  }),
  "labels.applications.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/label-applications",
    summary: "Apply for a label",
    description: "For a member and a scheme of the chamber; it starts `submitted`.",
    tag: "labels",
    params: InChamber,
    body: LabelApplicationCreate,
    access: write,
    etag: true,
    responses: { 201: LabelApplication },
  }),
  "labels.audits.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/label-applications/{applicationId}/audits",
    summary: "Record an audit",
    description:
      "One score per criterion of the scheme; the node computes the weighted score (`weightedScore`, rounded down). Answers the application.",
    tag: "labels",
    params: LabelApplicationPath,
    body: AuditCreate,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 201: LabelApplication },
  }),
  "labels.decisions.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/label-applications/{applicationId}/decisions",
    summary: "Record a label decision",
    description: `${DECISIONS} Answers the application.`,
    tag: "labels",
    params: LabelApplicationPath,
    body: LabelDecisionCreate,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 201: LabelApplication },
    problems: ["invalid-transition"],
  }),
  "labels.verify": route({
    method: "GET",
    path: "/chambers/{chamberId}/labels/{labelNumber}/verification",
    summary: "Verify a label number",
    description:
      "What the QR code on a labelled product points to; no key needed. Public facts only: the product, " +
      "the holder's public name, the scheme, the status as of today and the validity. A number the chamber " +
      "never issued is 404; a suspended, withdrawn or expired one is answered with that status.",
    tag: "labels",
    params: LabelNumberPath,
    access: { kind: "public" },
    responses: { 200: LabelVerification },
  }),
};
