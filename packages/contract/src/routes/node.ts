import { NodeInfo } from "../entities/node-info";
import { route } from "../route";

export const nodeRoutes = {
  "node.info": route({
    method: "GET",
    path: "/.well-known/ghorfa",
    summary: "Describe this node",
    description:
      "The chambers this node hosts, the contract versions it speaks and the parts of the API it serves.",
    tag: "node",
    access: { kind: "public" },
    responses: { 200: NodeInfo },
  }),
};
