import { Unit } from "@ghorfa/schemas";
import { Page } from "../pagination";
import { UnitCreate, UnitListQuery } from "../resources/units";
import { route } from "../route";
import { InChamber, UnitPath } from "./params";

export const unitRoutes = {
  "units.list": route({
    method: "GET",
    path: "/chambers/{chamberId}/units",
    summary: "List units",
    tag: "units",
    params: InChamber,
    query: UnitListQuery,
    access: { kind: "scoped", scope: "leases:read" },
    paginated: true,
    responses: { 200: Page(Unit) },
  }),
  "units.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/units/{unitId}",
    summary: "Get a unit",
    tag: "units",
    params: UnitPath,
    access: { kind: "scoped", scope: "leases:read" },
    etag: true,
    responses: { 200: Unit },
  }),
  "units.create": route({
    method: "POST",
    path: "/chambers/{chamberId}/units",
    summary: "Add a unit",
    description: "A unit whose building and code the chamber already holds is a conflict.",
    tag: "units",
    params: InChamber,
    body: UnitCreate,
    access: { kind: "scoped", scope: "leases:write" },
    etag: true,
    responses: { 201: Unit },
  }),
};
