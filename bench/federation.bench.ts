import { createFederation } from "@ghorfa/sdk";
// @ts-expect-error: a plain ES module of the repository's scripts, without declarations
import { startFederation } from "../scripts/federation/start.mjs";
import type { Benchmark, Comparison } from "./harness";

// issue 17, the federation of twelve: a query through the SDK's federation client (the nodes found
// through the directory node) against the slowest of the twelve nodes asked for the same thing
// directly, with a bare fetch, in the same run. Target: the federated answer within 1.2 × the
// slowest node's own answer. The nodes are asked directly in two ways: all twelve at once (the
// time until the last one has answered: the same load on the machine as the federated query,
// which is the target's baseline), and one after the other (each node alone; printed beside it).

const ROUNDS = Number(process.env.BENCH_FEDERATION_ROUNDS ?? 40);
const TARGET = 1.2;

interface Node {
  chamberId: string;
  url: string;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

async function time(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** One node's own answer: the request, and its body read and parsed. */
async function ask(url: string): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  await response.json();
}

const bench: Benchmark = {
  name: "the federation of twelve: a federated query vs the slowest node's own answer",
  async run(): Promise<Comparison[]> {
    const federation = (await startFederation()) as {
      directory: string;
      nodes: Node[];
      startMs: number;
      stop(): Promise<void>;
    };
    console.log(
      `  twelve nodes and the directory started in ${(federation.startMs / 1000).toFixed(1)} s (PostgreSQL)`,
    );
    try {
      const client = createFederation({ nodes: { directory: federation.directory } });
      const queries = [
        {
          name: "a member search across the twelve",
          federated: (over = client) => over.list("members", { q: "logistique" }),
          path: (node: Node) => `/chambers/${node.chamberId}/members?q=logistique`,
        },
        {
          name: "the public upcoming events of all chambers",
          federated: (over = client) => over.upcomingEvents(),
          path: (node: Node) => `/chambers/${node.chamberId}/upcoming-events`,
        },
      ];
      const comparisons: Comparison[] = [];
      for (const query of queries) {
        const urls = federation.nodes.map((node) => node.url + query.path(node));
        const rounds = {
          federated: [] as number[],
          together: [] as number[],
          ratio: [] as number[],
          fresh: [] as number[],
          alone: [] as number[],
        };
        const together = async () =>
          Math.max(...(await Promise.all(urls.map((url) => time(() => ask(url))))));
        for (let round = 0; round <= ROUNDS; round++) {
          // The query and its baseline back to back, in turn first, so that a slow moment of the
          // shared machine hits both; the ratio is taken round by round. Round 0 warms up.
          let federated: number;
          let baseline: number;
          if (round % 2 === 0) {
            federated = await time(() => query.federated());
            baseline = await together();
          } else {
            baseline = await together();
            federated = await time(() => query.federated());
          }
          // A new client asks the directory first: the cost of finding the nodes, once per client.
          const fresh = await time(() =>
            query.federated(createFederation({ nodes: { directory: federation.directory } })),
          );
          let alone = 0;
          for (const url of urls) alone = Math.max(alone, await time(() => ask(url)));
          if (round === 0) continue;
          rounds.federated.push(federated);
          rounds.together.push(baseline);
          rounds.ratio.push(federated / baseline);
          rounds.fresh.push(fresh);
          rounds.alone.push(alone);
        }
        const ratio = median(rounds.ratio);
        const federated = median(rounds.federated);
        const alone = median(rounds.alone);
        console.log(
          `  ${query.name}: federated ${federated.toFixed(1)} ms; slowest node asked with the eleven others ${median(rounds.together).toFixed(1)} ms (ratio ${ratio.toFixed(2)}, the median of the rounds' own ratios; target ≤ ${TARGET}), asked alone ${alone.toFixed(1)} ms (ratio ${(federated / alone).toFixed(2)}); a new client, the directory asked first, ${median(rounds.fresh).toFixed(1)} ms; medians of ${ROUNDS} rounds`,
        );
        comparisons.push({
          name: `${query.name}: the federated time in units of the slowest node's own, allowed`,
          unit: "×",
          figure: TARGET,
          baseline: ratio,
          baselineName: "measured",
          target: 1,
        });
      }
      return comparisons;
    } finally {
      await federation.stop();
    }
  },
};

export default bench;
