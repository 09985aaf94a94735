import { Member, MemberPublic } from "@ghorfa/schemas";
import { Page } from "../pagination";
import {
  MemberCreate,
  MemberListQuery,
  MemberPatch,
  MemberStatusChange,
  MemberView,
} from "../resources/members";
import { route } from "../route";
import { lifecycleNote } from "./lifecycle";
import { InChamber, MemberPath } from "./params";

const read = {
  kind: "public-view",
  scope: "members:read",
  publicSchema: MemberPublic,
  publicRows: { field: "status", in: ["active"] },
} as const;
const write = { kind: "scoped", scope: "members:write" } as const;

// labels (issue 13)
const LABELS_NOTE =
  "Labels of the chamber's own label programmes are what their decisions grant, derived each time a " +
  "member is served: given here, they are dropped. Labels of other programmes are kept as given.";

export const memberRoutes = {
  "members.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/members",
    summary: "List members",
    description: "Filters combine (all must hold).",
    tag: "members",
    params: InChamber,
    query: MemberListQuery,
    access: read,
    paginated: true,
    responses: { 200: Page(MemberView) },
  }),
  "members.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/members/{memberId}",
    summary: "Get a member",
    tag: "members",
    params: MemberPath,
    access: read,
    etag: true,
    responses: { 200: MemberView },
  }),
  "members.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/members",
    summary: "Register a member",
    description:
      "The member starts `pending`. A member whose ICE the chamber already holds is a conflict. " +
      LABELS_NOTE,
    tag: "members",
    params: InChamber,
    body: MemberCreate,
    access: write,
    etag: true,
    responses: { 201: Member },
  }),
  "members.update": route({
    method: "PATCH",
    path: "/chambers/{chamberId}/members/{memberId}",
    summary: "Change a member",
    description: LABELS_NOTE,
    tag: "members",
    params: MemberPath,
    body: MemberPatch,
    access: write,
    etag: true,
    ifMatch: "required",
    responses: { 200: Member },
  }),
  "members.setStatus": route({
    method: "POST",
    path: "/chambers/{chamberId}/members/{memberId}/status",
    summary: "Change a member's status",
    description: lifecycleNote("member"),
    tag: "members",
    params: MemberPath,
    body: MemberStatusChange,
    access: write,
    etag: true,
    ifMatch: "optional",
    responses: { 200: Member },
    problems: ["invalid-transition"],
  }),
};
