import { cpus } from "node:os";
import { createClient } from "@ghorfa/sdk";
import { Cluster, createScratchDatabase, OPERATOR_KEY, SERVER_NAMES } from "@ghorfa/server/testing/replicas";
import { prepareLeases, runWorkload, summary } from "@ghorfa/server/testing/workload";
import type { Benchmark, Comparison } from "./harness";

// Issue 17: the replica test's mixed workload (32 SDK clients creating members, paying, updating
// with If-Match, reading, asking for reports) through HAProxy with the deployment guide's
// configuration, to 1, 2 and 3 replicas of the built node on one PostgreSQL database. One
// cluster of three serves every round: the replicas a round does not use are put in maintenance
// on HAProxy's admin socket, and the rounds turn in order so that the database's growth hits
// every contender alike. On a machine with fewer cores than replicas the point is what a replica
// costs, not that throughput grows.

const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const CLIENTS = 32;
/**
 * On two cores, a replica more is one process more on the same cores: "little in speed" is this
 * floor. On a machine with a core per replica the ratio is the scaling itself.
 */
const TARGET = 0.6;

const bench: Benchmark = {
  name: "replicas behind HAProxy (one PostgreSQL)",
  async run(): Promise<Comparison[]> {
    const database = await createScratchDatabase(process.env.GHORFA_BENCH_DATABASE_URL);
    let cluster: Cluster | undefined;
    try {
      cluster = await Cluster.start({
        databaseUrl: database.url,
        env: { GHORFA_RATE_LIMIT: "100000000", GHORFA_DRAIN_DELAY_MS: "0" },
      });
      const key = await createClient({ baseUrl: cluster.url, apiKey: OPERATOR_KEY }).admin.keys.create({
        chamberId: "ma-09",
        name: "bench",
        scopes: ["members:read", "members:write", "leases:read", "leases:write"],
      });
      const leases = await prepareLeases(cluster.url, key.secret, CLIENTS, 0);
      const counts = [1, 2, 3] as const;
      const totals = new Map<number, { ops: number; seconds: number; errors: number }>();
      let runId = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const order = round % 2 === 0 ? counts : [...counts].reverse();
        for (const replicas of order) {
          for (const [i, name] of SERVER_NAMES.entries()) {
            await cluster.admin(`${i < replicas ? "enable" : "disable"} server nodes/${name}`);
          }
          await cluster.waitForStates(
            Object.fromEntries(SERVER_NAMES.map((name, i) => [name, i < replicas ? "UP" : "MAINT"])),
          );
          runId += 1;
          const result = await runWorkload(
            {
              baseUrl: cluster.url,
              apiKey: key.secret,
              clients: CLIENTS,
              seconds: SECONDS,
              maxOps: CLIENTS * 19_000,
              runId,
            },
            leases,
          );
          console.log(`  ${replicas} replica(s), round ${round + 1}: ${summary(result)}`);
          const total = totals.get(replicas) ?? { ops: 0, seconds: 0, errors: 0 };
          totals.set(replicas, {
            ops: total.ops + result.ops,
            seconds: total.seconds + result.seconds,
            errors: total.errors + result.errors,
          });
        }
      }
      console.log(`  cores: ${cpus().length}`);
      const rate = (replicas: number) => {
        const total = totals.get(replicas);
        return total ? total.ops / total.seconds : Number.NaN;
      };
      return [2, 3].map((replicas) => ({
        name: `${replicas} replicas vs 1, mixed workload of ${CLIENTS} SDK clients, ${cpus().length} cores`,
        unit: "ops/s",
        figure: rate(replicas),
        baseline: rate(1),
        baselineName: "1 replica",
        target: TARGET,
      }));
    } finally {
      await cluster?.close();
      await database.drop();
    }
  },
};

export default bench;
