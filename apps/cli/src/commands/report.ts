import { type CommandDef, defineCommand } from "citty";
import type { ResolvedConfig } from "../config";
import { clientFor, resolveConfig } from "../config";
import { UsageError } from "../errors";
import { type ConnectionArgs, configFlags, connectionArgs } from "../output/args";
import { earlyLocale, guarded } from "../output/guard";
import { type Table, tableCsv, tableHtml } from "../output/table";
import { writeOut } from "../output/write";
import { htmlToPdf } from "../receipt/pdf";
import { arrearsTable, rentRollTable } from "../report/tables";

const outputArgs = {
  csv: { type: "string", description: "Write CSV to this file (- for stdout)" },
  pdf: { type: "string", description: "Write a PDF (A4 landscape) to this file" },
  bom: { type: "boolean", description: "Start the CSV with a UTF-8 byte order mark, for Excel" },
} as const;

type OutputArgs = ConnectionArgs & { csv?: string; pdf?: string; bom?: boolean };

/** The chamber's members' legal names by id: one paginated scan, for the tenant column. */
async function tenantNames(config: ResolvedConfig): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  for await (const member of clientFor(config).chamber(config.chamberId).members.iterate({ limit: 100 }))
    names.set(member.id, member.legalName);
  return names;
}

/** Reads the report, then writes it where the flags say: CSV, PDF, or both. */
async function runReport(args: OutputArgs, read: (config: ResolvedConfig) => Promise<Table>) {
  const locale = earlyLocale(args.locale);
  await guarded(locale, args["base-url"], async () => {
    if (!args.csv && !args.pdf) throw new UsageError("--csv <file> or --pdf <file>");
    const config = await resolveConfig(configFlags(args));
    const table = await read(config);
    if (args.csv) await writeOut(args.csv, tableCsv(table, { bom: args.bom }));
    if (args.pdf) await writeOut(args.pdf, await htmlToPdf(tableHtml(table, config.locale)));
  });
}

const rentRoll = defineCommand({
  meta: {
    name: "rent-roll",
    description: "The rent roll of a month: what each running lease owes, and the total",
  },
  args: {
    month: { type: "string", required: true, description: "The month, YYYY-MM" },
    ...outputArgs,
    ...connectionArgs,
  },
  run: ({ args }) =>
    runReport(args, async (config) => {
      const [{ $response: _, ...roll }, tenants] = await Promise.all([
        clientFor(config).chamber(config.chamberId).reports.rentRoll({ month: args.month }),
        tenantNames(config),
      ]);
      return rentRollTable(roll, config.locale, tenants);
    }),
});

const arrears = defineCommand({
  meta: {
    name: "arrears",
    description: "Arrears at a date: every lease that owes rent, most outstanding first",
  },
  args: {
    "as-of": { type: "string", description: "The day arrears are counted at, YYYY-MM-DD (default today)" },
    ...outputArgs,
    ...connectionArgs,
  },
  run: ({ args }) =>
    runReport(args, async (config) => {
      const [{ $response: _, ...report }, tenants] = await Promise.all([
        clientFor(config)
          .chamber(config.chamberId)
          .reports.arrears(args["as-of"] ? { asOf: args["as-of"] } : {}),
        tenantNames(config),
      ]);
      return arrearsTable(report, config.locale, tenants);
    }),
});

export default defineCommand({
  meta: { name: "report", description: "A chamber's reports as CSV or PDF: rent-roll, arrears" },
  subCommands: { "rent-roll": rentRoll as CommandDef, arrears: arrears as CommandDef },
});
