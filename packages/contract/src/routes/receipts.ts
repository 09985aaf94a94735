import { Receipt } from "../resources/receipts";
import { route } from "../route";
import { ReceiptPath } from "./params";

export const receiptRoutes = {
  "receipts.get": route({
    method: "GET",
    path: "/chambers/{chamberId}/receipts/{receiptNumber}",
    summary: "Get a receipt",
    description:
      "The amount is also written in words, in the language Accept-Language asks for (Content-Language says which).",
    tag: "receipts",
    params: ReceiptPath,
    access: { kind: "scoped", scope: "leases:read" },
    etag: true,
    localized: true,
    responses: { 200: Receipt },
  }),
};
