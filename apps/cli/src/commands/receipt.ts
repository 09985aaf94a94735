import { writeFile } from "node:fs/promises";
import { LOCALES, type Locale } from "@ghorfa/i18n";
import { defineCommand } from "citty";
import { clientFor } from "../config/client";
import { resolveConfig } from "../config/resolve";
import { htmlToPdf } from "../receipt/pdf";
import { type Paper, receiptHtml } from "../receipt/render";

const PAPERS: readonly Paper[] = ["a5", "a4"];

export default defineCommand({
  meta: {
    name: "receipt",
    description:
      "Print a lease payment's receipt to PDF, as the portal prints it (amount in figures and words)",
  },
  args: {
    number: { type: "positional", required: true, description: "The receipt number, e.g. 2026-000123" },
    pdf: { type: "string", required: true, description: "The PDF file to write" },
    locale: { type: "string", description: `The receipt's language: ${LOCALES.join(", ")} (default ar-MA)` },
    paper: { type: "string", default: "a5", description: "a5 (receipt books) or a4" },
    chamber: { type: "string", description: "The chamber, e.g. ma-09 (or GHORFA_CHAMBER)" },
    "base-url": { type: "string", description: "The node's URL (or GHORFA_BASE_URL)" },
    "api-key": { type: "string", description: "An API key with leases:read (or GHORFA_API_KEY)" },
    profile: { type: "string", description: "A named profile of the config file" },
  },
  async run({ args }) {
    const paper = args.paper as Paper;
    if (!PAPERS.includes(paper)) throw new Error(`--paper: a5 or a4, not ${args.paper}`);
    if (args.locale && !LOCALES.includes(args.locale as Locale))
      throw new Error(`--locale: one of ${LOCALES.join(", ")}`);
    const config = await resolveConfig({
      baseUrl: args["base-url"],
      apiKey: args["api-key"],
      profile: args.profile,
      chamber: args.chamber,
      locale: args.locale,
    });
    const { $response: _, ...receipt } = await clientFor(config)
      .chamber(config.chamberId)
      .receipts.get(args.number);
    const pdf = await htmlToPdf(await receiptHtml(receipt, config.locale, paper));
    await writeFile(args.pdf, pdf);
  },
});
