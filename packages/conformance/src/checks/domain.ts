import type { Check, CheckContext, Exchange } from "./context";
import { createActiveLease, today } from "./fixtures";
import { described, exampleBody } from "./records";

/** A receipt number, `YYYY-NNNNNN`: its year (the series) and its place in it. */
export function parseReceiptNumber(text: unknown): { year: number; sequence: number } | undefined {
  const match = typeof text === "string" ? /^(\d{4})-(\d{6})$/.exec(text) : null;
  if (!match) return undefined;
  return { year: Number(match[1]), sequence: Number(match[2]) };
}

function formatReceiptNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, "0")}`;
}

/** `YYYY-MM` plus `count` months. */
function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Payments made one after the other, then together: a gap or a twin shows most under a race. */
const SEQUENTIAL_PAYMENTS = 2;
const CONCURRENT_PAYMENTS = 3;
/** Receipts read to look for a hole between the run's first and last: others may pay meanwhile. */
const MOST_RECEIPTS_READ = 100;

/**
 * GH-DOMAIN-001: payments on a lease of the run get receipt numbers of one year's series that
 * are distinct and follow the order they were made in, and every number between the run's first
 * and last exists (a payment of another caller in between takes one, never leaves a hole).
 */
const receiptsWithoutGap: Check = {
  requirement: "GH-DOMAIN-001",
  name: "receipt numbers follow each other without a gap",
  writes: true,
  async run(context) {
    const { lease } = await createActiveLease(context);
    const operation = context.operation("leases.payments.create");
    const path = context.path(operation.path, { leaseId: lease.id });
    const example = (exampleBody(context, operation) ?? {}) as Record<string, unknown>;
    const month = today().slice(0, 7);
    const pay = (index: number) => {
      const period = addMonths(month, index);
      return context.call(operation.method, path, {
        headers: { "idempotency-key": context.idempotencyKey() },
        body: {
          ...example,
          kind: "rent",
          period: { from: period, to: period },
          amount: (lease.record.monthlyRent as object | undefined) ?? example.amount,
          paidOn: today(),
          reference: context.tagged("receipt"),
        },
      });
    };
    const sequential: Exchange[] = [];
    for (let index = 0; index < SEQUENTIAL_PAYMENTS; index++) sequential.push(await pay(index));
    const concurrent = await Promise.all(
      Array.from({ length: CONCURRENT_PAYMENTS }, (_, index) => pay(SEQUENTIAL_PAYMENTS + index)),
    );
    const numbers: { year: number; sequence: number; text: string; exchange: Exchange }[] = [];
    for (const exchange of [...sequential, ...concurrent]) {
      const payment = exchange.json as { id?: unknown; receiptNumber?: unknown } | undefined;
      if (exchange.response.status !== 201) {
        context.fail(exchange, "a rent payment on a running lease answers 201", described(exchange));
        continue;
      }
      if (typeof payment?.id === "string") context.wrote("POST", `${path}/${payment.id}`);
      const parsed = parseReceiptNumber(payment?.receiptNumber);
      if (!parsed) {
        context.fail(
          exchange,
          "the payment carries a receipt number YYYY-NNNNNN",
          String(payment?.receiptNumber),
        );
        continue;
      }
      numbers.push({ ...parsed, text: String(payment?.receiptNumber), exchange });
      const receipt = await readReceipt(context, String(payment?.receiptNumber));
      const receiptPayment = (receipt.json as { payment?: { id?: unknown } } | undefined)?.payment;
      if (receipt.response.status !== 200 || receiptPayment?.id !== payment?.id) {
        context.fail(
          receipt,
          `receipts.get of ${String(payment?.receiptNumber)} answers 200 with payment ${String(payment?.id)}`,
          `${described(receipt)}, payment ${String(receiptPayment?.id)}`,
        );
      }
    }
    if (numbers.length === 0) return undefined;

    const year = Number(today().slice(0, 4));
    for (const number of numbers) {
      if (number.year !== year) {
        context.fail(
          number.exchange,
          `a receipt number of ${year}'s series (the payment's year)`,
          number.text,
        );
      }
    }
    const texts = numbers.map((number) => number.text);
    const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
    if (repeated.length > 0) {
      context.fail(
        numbers[0]?.exchange as Exchange,
        "a distinct receipt number for each payment",
        `${repeated.join(", ")} given twice`,
      );
    }
    // Each payment made after another one has ended gets a later number: the sequential ones
    // follow each other, and every concurrent one follows the last sequential one.
    const sequentialNumbers = numbers.filter((number) => sequential.includes(number.exchange));
    for (const [index, number] of numbers.entries()) {
      const isSequential = sequential.includes(number.exchange);
      const previous = isSequential
        ? sequentialNumbers[sequentialNumbers.indexOf(number) - 1]
        : sequentialNumbers[sequentialNumbers.length - 1];
      if (previous && number.sequence <= previous.sequence) {
        context.fail(
          number.exchange,
          `a receipt number after ${previous.text}, given to a payment made before it ended`,
          `${number.text} (payment ${index + 1})`,
        );
      }
    }

    const ofTheYear = numbers.filter((number) => number.year === year).map((number) => number.sequence);
    const low = Math.min(...ofTheYear);
    const high = Math.max(...ofTheYear);
    const own = new Set(ofTheYear);
    let read = 0;
    for (let sequence = low + 1; sequence < high && read < MOST_RECEIPTS_READ; sequence++) {
      if (own.has(sequence)) continue;
      read += 1;
      const text = formatReceiptNumber(year, sequence);
      const receipt = await readReceipt(context, text);
      if (receipt.response.status !== 200) {
        context.fail(
          receipt,
          `receipt ${text} exists: it lies between the run's receipts ${formatReceiptNumber(year, low)} and ${formatReceiptNumber(year, high)}`,
          described(receipt),
        );
      }
    }
    return undefined;
  },
};

function readReceipt(context: CheckContext, receiptNumber: string): Promise<Exchange> {
  return context.call("GET", context.path(context.operation("receipts.get").path, { receiptNumber }));
}

interface RentRollLine {
  readonly leaseId?: unknown;
  readonly unitId?: unknown;
  readonly tenantId?: unknown;
  readonly monthlyRent?: unknown;
  readonly due?: unknown;
  readonly isProRata?: unknown;
}

interface LeaseRead {
  readonly tenantId?: unknown;
  readonly unitId?: unknown;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly termMonths?: unknown;
  readonly monthlyRent?: { readonly amount?: unknown };
  readonly rentHistory?: readonly {
    readonly effectiveFrom?: unknown;
    readonly monthlyRent?: { amount?: unknown };
  }[];
}

/** Leases read to compare with their lines: a chamber's roll may be long. */
const MOST_LEASES_READ = 200;

/**
 * GH-DOMAIN-002: the rent roll of this month (which holds a running lease of the run) totals its
 * lines' `due` to the centime, and each line agrees with the lease it names: its tenant and unit,
 * its rent, and what it owes (the whole rent in a full month, the days' share pro rata).
 */
const rentRollAddsUp: Check = {
  requirement: "GH-DOMAIN-002",
  name: "the rent roll is the sum of each lease's rent due",
  writes: true,
  async run(context) {
    const { lease } = await createActiveLease(context);
    const month = today().slice(0, 7);
    const roll = await context.call("GET", context.path(context.operation("reports.rentRoll").path), {
      query: { month },
    });
    const body = roll.json as { lines?: unknown; total?: unknown } | undefined;
    if (roll.response.status !== 200 || !Array.isArray(body?.lines) || typeof body.total !== "number") {
      context.fail(roll, `reports.rentRoll of ${month} answers 200 with lines and a total`, described(roll));
      return undefined;
    }
    const lines = body.lines as RentRollLine[];
    const sum = lines.reduce(
      (total, line) => total + (typeof line.due === "number" ? line.due : Number.NaN),
      0,
    );
    if (sum !== body.total) {
      context.fail(
        roll,
        `a total equal to the sum of the lines' due (${sum})`,
        `total ${String(body.total)}`,
      );
    }
    if (!lines.some((line) => line.leaseId === lease.id)) {
      context.fail(
        roll,
        `a line for the run's lease ${lease.id}, running since the month's first day`,
        "none",
      );
    }
    for (const line of lines.slice(0, MOST_LEASES_READ)) {
      if (typeof line.leaseId !== "string") {
        context.fail(roll, "every line names its lease", JSON.stringify(line));
        continue;
      }
      const read = await context.call(
        "GET",
        context.path(context.operation("leases.get").path, { leaseId: line.leaseId }),
      );
      if (read.response.status !== 200) {
        context.fail(
          read,
          `leases.get of ${line.leaseId}, which the rent roll lists, answers 200`,
          described(read),
        );
        continue;
      }
      const disagreement = disagreementOf(line, read.json as LeaseRead, month);
      if (disagreement) context.fail(roll, `the line of ${line.leaseId} agrees with the lease`, disagreement);
    }
    return undefined;
  },
};

/** What in the line differs from the lease as read, or `undefined` when they agree. */
export function disagreementOf(line: RentRollLine, lease: LeaseRead, month: string): string | undefined {
  if (line.tenantId !== lease.tenantId)
    return `tenant ${String(line.tenantId)}, the lease's ${String(lease.tenantId)}`;
  if (line.unitId !== lease.unitId) return `unit ${String(line.unitId)}, the lease's ${String(lease.unitId)}`;
  const steps = lease.rentHistory ?? [];
  const rents = [lease.monthlyRent?.amount, ...steps.map((step) => step.monthlyRent?.amount)];
  if (!rents.includes(line.monthlyRent)) {
    return `monthly rent ${String(line.monthlyRent)}, the lease's ${String(lease.monthlyRent?.amount)}`;
  }
  if (
    typeof line.due !== "number" ||
    typeof line.monthlyRent !== "number" ||
    typeof lease.start !== "string"
  ) {
    return `due ${String(line.due)}`;
  }
  const first = `${month}-01`;
  const days = daysIn(month);
  const last = `${month}-${String(days).padStart(2, "0")}`;
  const end = leaseEnd(lease);
  const from = lease.start > first ? lease.start : first;
  const to = end !== undefined && end < last ? end : last;
  const isProRata = from > first || to < last;
  if (line.isProRata !== isProRata) {
    return `isProRata ${String(line.isProRata)}, though the lease runs from ${lease.start} to ${end ?? "(open)"}`;
  }
  // A rent step within the month splits it between two rents: the line's due is not checked then.
  if (
    steps.some(
      (step) =>
        typeof step.effectiveFrom === "string" && step.effectiveFrom > first && step.effectiveFrom <= last,
    )
  ) {
    return undefined;
  }
  const runs = dayNumber(to) - dayNumber(from) + 1;
  const exact = (line.monthlyRent * runs) / days;
  // Rounding on the lease's running total keeps each month within a centime of its exact share.
  if (isProRata ? Math.abs(line.due - exact) >= 1 : line.due !== line.monthlyRent) {
    return `due ${line.due}, for ${runs} of ${days} days at ${line.monthlyRent} a month`;
  }
  return undefined;
}

function daysIn(month: string): number {
  return new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0)).getUTCDate();
}

function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000
  );
}

/** The lease's last day: its `end`, else the day before its term's anniversary. */
function leaseEnd(lease: LeaseRead): string | undefined {
  if (typeof lease.end === "string") return lease.end;
  if (typeof lease.termMonths !== "number" || typeof lease.start !== "string") return undefined;
  const start = lease.start;
  const months = Number(start.slice(0, 4)) * 12 + Number(start.slice(5, 7)) - 1 + lease.termMonths;
  const year = Math.floor(months / 12);
  const monthOfYear = (months % 12) + 1;
  const month = `${year}-${String(monthOfYear).padStart(2, "0")}`;
  const day = Number(start.slice(8, 10));
  // A start day the anniversary's month lacks (31 January, 12 months on) ends on that month's last day.
  if (day > daysIn(month)) return `${month}-${String(daysIn(month)).padStart(2, "0")}`;
  const anniversary = Date.UTC(year, monthOfYear - 1, day) - 86_400_000;
  return new Date(anniversary).toISOString().slice(0, 10);
}

export const domainChecks: readonly Check[] = [receiptsWithoutGap, rentRollAddsUp];
