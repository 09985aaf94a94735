import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { setFlagsFromString } from "node:v8";
import { defineCommand } from "citty";
import { clientFor } from "../config/client";
import { type ResolvedConfig, resolveConfig } from "../config/resolve";
import { CliError, EXIT, UsageError } from "../errors";
import { csvSource } from "../import/csv";
import { ENCODINGS, type Encoding } from "../import/encoding";
import { type Counts, importMembers, type OnExisting } from "../import/members";
import { ErrorReport } from "../import/report";
import type { RowSource } from "../import/row-source";
import { xlsxSource } from "../import/xlsx";
import { rowProgress } from "../output/progress";
import { earlyLocale, runCommand } from "../run";

const configArgs = {
  "base-url": { type: "string", description: "The node's address (else GHORFA_BASE_URL, else the profile)" },
  "api-key": { type: "string", description: "The API key (better: GHORFA_API_KEY or a profile's apiKeyEnv)" },
  profile: { type: "string", description: "A profile of the config file" },
  chamber: { type: "string", description: "The chamber, e.g. ma-09" },
  locale: { type: "string", description: "ar-MA, fr-MA, en or zgh (else LANG)" },
} as const;

export async function openSource(file: string, encoding?: Encoding): Promise<RowSource> {
  try {
    return extname(file).toLowerCase() === ".xlsx"
      ? await xlsxSource(file)
      : await csvSource(file, { encoding });
  } catch (error) {
    throw new CliError("fileUnreadable", { path: file, detail: (error as Error).message }, EXIT.usage);
  }
}

const members = defineCommand({
  meta: { name: "members", description: "Import members from a CSV or XLSX file" },
  args: {
    file: { type: "positional", required: true, description: "The CSV or XLSX file" },
    ...configArgs,
    encoding: { type: "string", description: "utf8, windows-1256 or windows-1252 (detected when absent)" },
    map: { type: "string", description: "A JSON file mapping other column headers to member fields" },
    "dry-run": { type: "boolean", description: "Check every row, write nothing" },
    "on-existing": {
      type: "string",
      default: "skip",
      description: "A member the chamber already has: skip or update",
    },
    concurrency: { type: "string", default: "4", description: "Requests at a time" },
    report: { type: "string", description: "Where the errors report goes (default <file>.errors.csv)" },
  },
  async run({ args }) {
    // Each request leaves garbage that V8, with gigabytes of heap allowed, would let pile up to
    // ~300 MB before collecting; sized for memory, the heap stays near 120 MB at the same speed
    // (bench/import.bench.ts). The flag is one V8 reads at every collection, so setting it now works.
    setFlagsFromString("--optimize-for-size");
    const flags = {
      baseUrl: args["base-url"],
      apiKey: args["api-key"],
      profile: args.profile,
      chamber: args.chamber,
      locale: args.locale,
    };
    let config: ResolvedConfig | undefined;
    let locale = earlyLocale(args.locale);
    await runCommand(
      locale,
      () => [args["api-key"], config?.apiKey],
      async () => {
        const dryRun = args["dry-run"] === true;
        // A dry run needs no node: the chamber is enough (from a flag, a variable or a profile).
        config = await resolveConfig(
          dryRun && !flags.baseUrl && !process.env.GHORFA_BASE_URL
            ? { ...flags, baseUrl: "http://dry-run.invalid" }
            : flags,
        );
        locale = config.locale;
        if (args.encoding !== undefined && !(ENCODINGS as readonly string[]).includes(args.encoding))
          throw new UsageError(`--encoding ${args.encoding}`);
        const onExisting = args["on-existing"];
        if (onExisting !== "skip" && onExisting !== "update")
          throw new UsageError(`--on-existing ${onExisting}`);
        const concurrency = Number(args.concurrency);
        if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64)
          throw new UsageError(`--concurrency ${args.concurrency}`);
        let map: Record<string, string> | undefined;
        if (args.map !== undefined) {
          try {
            map = JSON.parse(await readFile(args.map, "utf8"));
          } catch (error) {
            throw new CliError(
              "fileUnreadable",
              { path: args.map, detail: (error as Error).message },
              EXIT.usage,
            );
          }
        }
        const source = await openSource(args.file, args.encoding as Encoding | undefined);
        const report = new ErrorReport(args.report ?? `${args.file}.errors.csv`);
        const tty = process.stdout.isTTY === true;
        const started = performance.now();
        const progress = rowProgress({ locale, terminal: tty, fraction: () => source.fraction?.() });
        let counts: Counts;
        try {
          counts = await importMembers({
            source,
            chamberId: config.chamberId,
            locale,
            client: dryRun ? undefined : clientFor(config, { retry: { limit: 5, maxRetryAfter: 120_000 } }),
            onExisting: onExisting as OnExisting,
            concurrency,
            map,
            onError: (error) => report.add(error),
            onProgress: (counts) => progress.update(counts),
          });
        } finally {
          await source.close();
          await report.close();
        }
        const seconds = (performance.now() - started) / 1000;
        progress.finish(counts, { dryRun, seconds, report: report.path, errors: report.count });
        if (tty && report.count > 0) process.stdout.write(`${report.path}\n`);
        return counts.failed > 0 ? EXIT.partial : EXIT.ok;
      },
    );
  },
});

export default defineCommand({
  meta: { name: "import", description: "Bring a chamber's data in from files" },
  subCommands: { members },
});
