import { direction } from "@ghorfa/i18n";
import { Lease, LeasePayment, Member } from "@ghorfa/schemas";
import { defineCommand } from "citty";
import { clientFor, resolveConfig } from "../config";
import { UsageError } from "../errors";
import { sinkFor } from "../export/sink";
import { type Cell, xlsxWriter } from "../export/xlsx";
import { configFlags, connectionArgs } from "../output/args";
import { BOM, csvLine } from "../output/csv";
import { earlyLocale, guarded } from "../output/guard";

const RESOURCES = ["members", "leases", "payments"] as const;
const FORMATS = ["csv", "xlsx", "jsonl"] as const;

// The columns are the schemas' own fields, in their order: a field added to a schema is exported
// without a change here. Nested values (names, money, periods) are one JSON cell each, so that a
// round trip gives back exactly what the node sent (amounts stay integer centimes).
const COLUMNS = {
  members: Object.keys(Member.shape),
  leases: Object.keys(Lease.shape),
  payments: Object.keys(LeasePayment.shape),
} satisfies Record<(typeof RESOURCES)[number], string[]>;

function cell(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === "object") return JSON.stringify(value);
  return value as Cell;
}

export default defineCommand({
  meta: {
    name: "export",
    description: "Export a chamber's members, leases or payments as CSV, XLSX or JSON lines, page by page",
  },
  args: {
    resource: { type: "positional", required: true, description: "members, leases or payments" },
    format: { type: "string", default: "csv", description: "csv, xlsx or jsonl" },
    out: { type: "string", description: "The file to write (stdout when not given)" },
    bom: { type: "boolean", description: "Start a CSV with a UTF-8 byte order mark, for Excel" },
    "page-size": { type: "string", default: "100", description: "Records asked for per request (1 to 100)" },
    ...connectionArgs,
  },
  run: ({ args }) =>
    guarded(earlyLocale(args.locale), args["base-url"], async () => {
      const resource = args.resource as (typeof RESOURCES)[number];
      const format = args.format as (typeof FORMATS)[number];
      if (!RESOURCES.includes(resource)) throw new UsageError(`ghorfa export ${RESOURCES.join("|")}`);
      if (!FORMATS.includes(format)) throw new UsageError(`--format ${FORMATS.join("|")}`);
      if (format === "xlsx" && (!args.out || args.out === "-"))
        throw new UsageError("--format xlsx needs --out <file>");
      const limit = Number(args["page-size"]);
      if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw new UsageError("--page-size 1..100");
      const config = await resolveConfig(configFlags(args));
      const chamber = clientFor(config).chamber(config.chamberId);
      const columns = COLUMNS[resource];

      // Every record, one page at a time: the next page is asked for once this one is written.
      async function* records(): AsyncGenerator<Record<string, unknown>> {
        if (resource === "members") yield* chamber.members.iterate({ limit });
        else if (resource === "leases") yield* chamber.leases.iterate({ limit });
        else
          for await (const lease of chamber.leases.iterate({ limit }))
            yield* chamber.leases.payments.iterate(lease.id, { limit });
      }

      const sink = sinkFor(args.out);
      try {
        if (format === "jsonl") {
          for await (const record of records()) await sink.write(`${JSON.stringify(record)}\n`);
        } else if (format === "csv") {
          await sink.write((args.bom ? BOM : "") + csvLine(columns));
          for await (const record of records())
            await sink.write(csvLine(columns.map((c) => cell(record[c]))));
        } else {
          const sheet = xlsxWriter(sink, { sheetName: resource, rtl: direction(config.locale) === "rtl" });
          await sheet.row(columns);
          for await (const record of records()) await sheet.row(columns.map((c) => cell(record[c])));
          await sheet.close();
        }
      } finally {
        await sink.close();
      }
    }),
});
