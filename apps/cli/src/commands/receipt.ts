import { defineCommand } from "citty";
import { clientFor, resolveConfig } from "../config";
import { UsageError } from "../errors";
import { configFlags, connectionArgs } from "../output/args";
import { earlyLocale, guarded } from "../output/guard";
import { writeOut } from "../output/write";
import { htmlToPdf } from "../receipt/pdf";
import { type Paper, receiptHtml } from "../receipt/render";

const PAPERS: readonly string[] = ["a5", "a4"] satisfies Paper[];

export default defineCommand({
  meta: {
    name: "receipt",
    description:
      "Print a lease payment's receipt to PDF, as the portal prints it (amount in figures and words)",
  },
  args: {
    number: { type: "positional", required: true, description: "The receipt number, e.g. 2026-000123" },
    pdf: { type: "string", required: true, description: "The PDF file to write (- for stdout)" },
    paper: { type: "string", default: "a5", description: "a5 (receipt books, the default) or a4" },
    ...connectionArgs,
  },
  run: ({ args }) =>
    guarded(earlyLocale(args.locale), args["base-url"], async () => {
      if (!PAPERS.includes(args.paper)) throw new UsageError(`--paper a5|a4, not ${args.paper}`);
      const config = await resolveConfig(configFlags(args));
      const { $response: _, ...receipt } = await clientFor(config)
        .chamber(config.chamberId)
        .receipts.get(args.number);
      const pdf = await htmlToPdf(await receiptHtml(receipt, config.locale, args.paper as Paper));
      await writeOut(args.pdf, pdf);
    }),
});
