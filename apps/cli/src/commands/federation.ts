import { type Locale, messageFrom, pickText } from "@ghorfa/i18n";
import { createFederation, type NodeFailure } from "@ghorfa/sdk";
import { type CommandDef, defineCommand } from "citty";
import { EXIT } from "../errors";
import { readFederationFile } from "../federation/config";
import { outputMessages } from "../messages/output";
import { csvLine } from "../output/csv";
import { earlyLocale, guarded } from "../output/guard";

function reportFailures(failures: readonly NodeFailure[], locale: Locale, all: boolean) {
  if (failures.length === 0) return;
  const nodes = failures.map((f) => `${f.node}${f.chamberId ? ` (${f.chamberId})` : ""}: ${f.error.message}`);
  process.stderr.write(
    `${messageFrom(outputMessages, locale, "nodesFailed", { count: failures.length })}\n${nodes.map((n) => `  ${n}\n`).join("")}`,
  );
  process.exitCode = all ? EXIT.unreachable : EXIT.partial;
}

const members = defineCommand({
  meta: { name: "members", description: "Search the members of every chamber of the federation's nodes" },
  args: {
    q: { type: "string", description: "Words to look for (name, ICE, RC…)" },
    config: {
      type: "string",
      default: "nodes.json",
      description: "The federation file: its nodes or a directory",
    },
    json: { type: "boolean", description: "One JSON record per line instead of CSV" },
    locale: {
      type: "string",
      description: "Language of messages and names: ar-MA (default), fr-MA, en, zgh",
    },
    timeout: { type: "string", default: "5000", description: "Ms each node may take" },
  },
  run: ({ args }) => {
    const locale = earlyLocale(args.locale);
    return guarded(locale, undefined, async () => {
      const config = await readFederationFile(args.config);
      const federation = createFederation({
        nodes: config.nodes,
        apiKey: config.keyOf,
        locale,
        nodeTimeout: Number(args.timeout),
      });
      const { items, failures } = await federation.list("members", args.q ? { q: args.q } : {});
      if (!args.json)
        process.stdout.write(csvLine(["id", "chamberId", "legalName", "section", "status", "activity"]));
      for (const member of items)
        process.stdout.write(
          args.json
            ? `${JSON.stringify(member)}\n`
            : csvLine([
                member.id,
                member.chamberId,
                member.legalName,
                member.section,
                "status" in member ? member.status : "",
                pickText(member.activity, locale)?.text,
              ]),
        );
      const asked = Array.isArray(config.nodes) ? config.nodes.length : Number.POSITIVE_INFINITY;
      reportFailures(failures, locale, new Set(failures.map((f) => f.node)).size >= asked);
    });
  },
});

export default defineCommand({
  meta: { name: "federation", description: "Ask many nodes at once (a federation file names them)" },
  subCommands: { members: members as CommandDef },
});
