import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Benchmark, Comparison } from "./harness";

// Runs every `*.bench.ts` in this folder (or those whose name contains an argument) and prints,
// for each comparison, the figure, the baseline measured in the same run, and their ratio.
const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
  .sort();

const format = (n: number) => n.toLocaleString("en-US", { maximumFractionDigits: n < 100 ? 2 : 0 });

function line(c: Comparison): string {
  const ratio = c.figure / c.baseline;
  const verdict =
    c.target === undefined
      ? ""
      : ratio >= c.target
        ? `  target ≥ ${c.target}: met`
        : `  target ≥ ${c.target}: MISSED`;
  return `  ${c.name}: ${format(c.figure)} ${c.unit} vs ${c.baselineName} ${format(c.baseline)} ${c.unit} → ratio ${ratio.toFixed(3)}${verdict}`;
}

for (const file of files) {
  const { default: bench } = (await import(join(here, file))) as { default: Benchmark };
  console.log(`\n${bench.name} (${file})`);
  for (const comparison of await bench.run()) console.log(line(comparison));
}
