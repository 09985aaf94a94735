import { Chamber } from "@ghorfa/schemas";
import { List } from "../pagination";
import { route } from "../route";
import { InChamber } from "./params";

export const chamberRoutes = {
  "chambers.list": route({
    method: "GET",
    path: "/chambers",
    summary: "List the chambers of the federation",
    description: "All twelve chambers, whichever node hosts them; `nodeUrl` says where each one's node is.",
    tag: "directory",
    access: { kind: "public" },
    responses: { 200: List(Chamber) },
  }),
  "chambers.get": route({
    method: "GET",
    path: "/chambers/{chamberId}",
    summary: "Get a chamber",
    tag: "directory",
    params: InChamber,
    access: { kind: "public" },
    etag: true,
    responses: { 200: Chamber },
  }),
};
