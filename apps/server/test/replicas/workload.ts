import { type Client, createClient, PreconditionFailedError } from "@ghorfa/sdk";
import { leaseInput, memberInput, unitInput } from "../../src/services/test-inputs";

// The mixed workload of the replica test and bench: clients of the SDK, each with its own lease
// and members, creating members, paying, updating with If-Match, reading and asking for reports,
// recording what the node acknowledged so that the database can be checked against it after.

export const PAYMENT_YEAR = 2031;
const PAID_ON = `${PAYMENT_YEAR}-02-01`;
const CHAMBER = "ma-09";

export type Operation = "create" | "pay" | "update" | "get" | "list" | "report";

export interface MemberRecord {
  id: string;
  ice: string;
  /** The version the create answered (its ETag). */
  createdVersion: number;
  ackedUpdates: number;
  /** Updates that ended in an error: applied or not, the client cannot know. */
  unknownUpdates: number;
  /** The tradeName of the last acknowledged update, when no update of unknown outcome came after it. */
  expectedTradeName: string | undefined;
}

export interface WorkloadResult {
  ops: number;
  errors: number;
  errorKinds: Record<string, number>;
  byOperation: Record<Operation, number>;
  latencies: number[];
  /** Retries the SDK made, by what the attempt before ended with (`502`, `network`…). */
  retries: Record<string, number>;
  /** Answers the node replayed for a repeated Idempotency-Key (a retry of a write that had run). */
  replays: number;
  seconds: number;
  members: MemberRecord[];
  /** ICEs of creates that ended in an error. */
  unknownCreates: string[];
  /** Acknowledged payments: their id, receipt number and reference. */
  payments: { id: string; receiptNumber: string; reference: string }[];
  /** References of payments that ended in an error. */
  unknownPayments: string[];
}

export interface WorkloadOptions {
  baseUrl: string;
  apiKey: string;
  clients: number;
  /** The workload stops at whichever comes first. */
  seconds: number;
  maxOps: number;
  /** Keeps every run's members apart on one database (their ICE and RC numbers). */
  runId: number;
  /** Called once after `at` ms (the test kills a replica then). */
  midway?: { at: number; run: () => Promise<void> };
}

/** One lease per client (a tenant, a unit), active, for the payments; made through the balancer. */
export async function prepareLeases(baseUrl: string, apiKey: string, clients: number, runId: number) {
  const ccis = createClient({ baseUrl, apiKey }).chamber(CHAMBER);
  return Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      const n = memberNumber(runId, c, 19_999);
      const tenant = await ccis.members.create(memberInput(n));
      const unit = await ccis.units.create(unitInput(`R${runId}-${c}`));
      const lease = await ccis.leases.create(
        leaseInput({ tenantId: tenant.id, unitId: unit.id }, { start: "2030-01-01", termMonths: 60 }),
      );
      await ccis.leases.setStatus(lease.id, { status: "active" });
      return lease.id;
    }),
  );
}

/** Member numbers for memberInput: per run and client, never shared (ICEs are unique per chamber). */
const memberNumber = (runId: number, client: number, k: number) =>
  1_000_000 + runId * 700_000 + client * 20_000 + k;

const percentile = (sorted: number[], p: number) =>
  sorted.length === 0
    ? Number.NaN
    : (sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number);

export function summary(result: WorkloadResult): string {
  const sorted = [...result.latencies].sort((a, b) => a - b);
  const ms = (p: number) => `${percentile(sorted, p).toFixed(1)} ms`;
  return [
    `${result.ops} operations in ${result.seconds.toFixed(1)} s (${(result.ops / result.seconds).toFixed(0)}/s),`,
    `${result.errors} errors ${JSON.stringify(result.errorKinds)};`,
    `SDK retries ${JSON.stringify(result.retries)}, ${result.replays} answers replayed;`,
    `latency p50 ${ms(50)}, p95 ${ms(95)}, p99 ${ms(99)};`,
    `by operation ${JSON.stringify(result.byOperation)}`,
  ].join(" ");
}

export async function runWorkload(
  options: WorkloadOptions,
  leaseIds: readonly string[],
): Promise<WorkloadResult> {
  const result: WorkloadResult = {
    ops: 0,
    errors: 0,
    errorKinds: {},
    byOperation: { create: 0, pay: 0, update: 0, get: 0, list: 0, report: 0 },
    latencies: [],
    retries: {},
    replays: 0,
    seconds: 0,
    members: [],
    unknownCreates: [],
    payments: [],
    unknownPayments: [],
  };
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  let issued = 0;
  const midway = options.midway ? sleepThen(options.midway.at, options.midway.run) : Promise.resolve();

  const client = async (c: number) => {
    // Retries through the balancer, each with the call's one Idempotency-Key: a replica killed
    // mid-request is retried on another, which replays or runs it once.
    const sdk: Client = createClient({
      baseUrl: options.baseUrl,
      apiKey: options.apiKey,
      retry: { limit: 4, baseDelay: 200 },
      hooks: {
        beforeRetry: [
          ({ outcome }) => {
            const why = outcome.kind === "status" ? String(outcome.status) : outcome.kind;
            result.retries[why] = (result.retries[why] ?? 0) + 1;
          },
        ],
        afterResponse: [
          (response) => {
            if (response.headers.get("idempotent-replayed") === "true") result.replays += 1;
          },
        ],
      },
    });
    const ccis = sdk.chamber(CHAMBER);
    const mine: MemberRecord[] = [];
    const leaseId = leaseIds[c % leaseIds.length] as string;
    let k = 0;
    while (performance.now() < deadline && issued < options.maxOps) {
      issued += 1;
      k += 1;
      const roll = Math.random();
      const target = mine[Math.floor(Math.random() * mine.length)];
      const op: Operation =
        roll < 0.15 || (!target && roll < 0.35)
          ? "create"
          : roll < 0.35
            ? "update"
            : roll < 0.6
              ? "pay"
              : roll < 0.78
                ? "get"
                : roll < 0.92
                  ? "list"
                  : "report";
      const begun = performance.now();
      const tradeName = `T-${c}-${k}`;
      const input = op === "create" ? memberInput(memberNumber(options.runId, c, k)) : undefined;
      const reference = `W${options.runId}-${c}-${k}`;
      try {
        if (op === "create" && input) {
          const member = await ccis.members.create(input);
          const record: MemberRecord = {
            id: member.id,
            ice: input.identifiers.ice,
            createdVersion: Number(member.$response.etag?.replace(/"/g, "")),
            ackedUpdates: 0,
            unknownUpdates: 0,
            expectedTradeName: undefined,
          };
          mine.push(record);
          result.members.push(record);
        } else if (op === "update" && target) {
          const updated = await ccis.members.update(target.id, { tradeName });
          target.ackedUpdates += 1;
          target.expectedTradeName = updated.tradeName;
        } else if (op === "pay") {
          const payment = await ccis.leases.payments.create(leaseId, {
            kind: "charges",
            amount: { amount: 100 * (1 + (k % 50)), currency: "MAD" },
            method: "cash",
            paidOn: PAID_ON,
            reference,
          });
          result.payments.push({ id: payment.id, receiptNumber: payment.receiptNumber, reference });
        } else if (op === "get" && target) {
          await ccis.members.get(target.id);
        } else if (op === "list" || op === "get") {
          await ccis.members.list({ limit: 20 });
        } else {
          await ccis.reports.rentRoll({ month: PAID_ON.slice(0, 7) });
        }
        result.latencies.push(performance.now() - begun);
        result.byOperation[op] += 1;
        result.ops += 1;
      } catch (error) {
        result.errors += 1;
        const kind = `${op}:${(error as { code?: string }).code ?? (error as Error).name}`;
        result.errorKinds[kind] = (result.errorKinds[kind] ?? 0) + 1;
        if (op === "create" && input) result.unknownCreates.push(input.identifiers.ice);
        if (op === "pay") result.unknownPayments.push(reference);
        if (op === "update" && target) {
          // A 412 is a refusal, nothing written; any other error leaves the outcome unknown.
          if (!(error instanceof PreconditionFailedError)) {
            target.unknownUpdates += 1;
            target.expectedTradeName = undefined;
          }
          // The next update needs the member's current ETag.
          await ccis.members.get(target.id).catch(() => {});
        }
      }
    }
  };
  await Promise.all([...Array.from({ length: options.clients }, (_, c) => client(c)), midway]);
  result.seconds = (performance.now() - started) / 1000;
  return result;
}

async function sleepThen(ms: number, run: () => Promise<void>): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
  await run();
}
