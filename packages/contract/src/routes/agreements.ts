import { Agreement } from "@ghorfa/schemas";
import { Page } from "../pagination";
import {
  AgreementCreate,
  AgreementListQuery,
  AgreementPatch,
  AgreementStatusChange,
} from "../resources/agreements";
import { route } from "../route";
import { lifecycleNote } from "./lifecycle";
import { AgreementPath, InChamber } from "./params";

// A published agreement is public as a whole; an unpublished one is not there for the public.
const read = {
  kind: "public-view",
  scope: "agreements:read",
  publicSchema: Agreement,
  publicRows: { field: "published", in: [true] },
} as const;
const write = { kind: "scoped", scope: "agreements:write" } as const;

export const agreementRoutes = {
  "agreements.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/agreements",
    summary: "List agreements",
    description:
      "The agreements the chamber is a party to, including those another federation chamber recorded.",
    tag: "agreements",
    params: InChamber,
    query: AgreementListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(Agreement) },
  }),
  "agreements.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/agreements/{agreementId}",
    summary: "Get an agreement",
    tag: "agreements",
    params: AgreementPath,
    access: read,
    etag: true,
    responses: { 200: Agreement },
  }),
  "agreements.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/agreements",
    summary: "Record an agreement",
    description: "The chamber of the path records it and must be one of its parties. It starts as a `draft`.",
    tag: "agreements",
    params: InChamber,
    body: AgreementCreate,
    access: write,
    etag: true,
    responses: { 201: Agreement },
  }),
  "agreements.update": route({
    method: "PATCH",
    path: "/chambers/{chamberId}/agreements/{agreementId}",
    summary: "Change an agreement",
    tag: "agreements",
    params: AgreementPath,
    body: AgreementPatch,
    access: write,
    etag: true,
    ifMatch: "required",
    responses: { 200: Agreement },
  }),
  "agreements.setStatus": route({
    method: "POST",
    path: "/chambers/{chamberId}/agreements/{agreementId}/status",
    summary: "Change an agreement's status",
    description: lifecycleNote("agreement"),
    tag: "agreements",
    params: AgreementPath,
    body: AgreementStatusChange,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 200: Agreement },
    problems: ["invalid-transition"],
  }),
};
