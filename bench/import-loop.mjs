// The baseline of import.bench.ts: a plain loop of the SDK's `members.create`, CONCURRENCY at a
// time, in a process of its own like the importer, so both pay the same to reach the node.
// Prints the rows per second it reached. Arguments: base URL, key, rows, concurrency, ICE prefix.
import { completeIce } from "@ghorfa/schemas";
import { createClient } from "@ghorfa/sdk";

const [url, key, rowsText, concurrencyText, prefix] = process.argv.slice(2);
const rows = Number(rowsText);
const client = createClient({ baseUrl: url, apiKey: key }).chamber("ma-09");
const body = (n) => ({
  legalName: `Société ${prefix}-${n}`,
  legalForm: "sarl",
  identifiers: {
    ice: completeIce(`${prefix}${String(n).padStart(8, "0")}0000`),
    rc: { court: "Agadir", number: String(n) },
  },
  section: "services",
  activity: { fr: "Conseil" },
  address: { region: "ma-09", prefecture: "Agadir Ida-Outanane", city: "Agadir" },
  contacts: {},
  labels: [],
});
let next = 1;
const started = performance.now();
await Promise.all(
  Array.from({ length: Number(concurrencyText) }, async () => {
    while (next <= rows) await client.members.create(body(next++));
  }),
);
process.stdout.write(`${rows / ((performance.now() - started) / 1000)}\n`);
