import type { Operation } from "../document";
import { CHECK_REQUIREMENTS, type RequirementId } from "../requirements";
import { type AnswerCheck, type AnswerVerdict, checkAnswer } from "./answer";
import type { Check, CheckContext, Exchange } from "./context";
import { described, exampleOf, existingParams, takesNoKey } from "./records";

/** One answer of the sweep, judged against its operation. */
export interface SweptAnswer {
  readonly operation: Operation;
  readonly exchange: Exchange;
  readonly verdict: AnswerVerdict;
}

// The four requirements judge the same answers: one sweep a run, shared by their checks.
let lastSweep: { readonly runTag: string; readonly answers: Promise<readonly SweptAnswer[]> } | undefined;

export function sweepOnce(context: CheckContext): Promise<readonly SweptAnswer[]> {
  if (lastSweep?.runTag !== context.runTag) lastSweep = { runTag: context.runTag, answers: sweep(context) };
  return lastSweep.answers;
}

/**
 * Reads what a read-only run may read: every GET of the contract whose path the node's own lists
 * can fill (the lists, the first record each lists, the parameterless reads, the reports with the
 * document's example query), with the run's key (the operator's for `admin` routes) and, where the
 * route is open to anyone, without a key too. Each answer is judged as the property phase judges.
 */
export async function sweep(context: CheckContext): Promise<readonly SweptAnswer[]> {
  const answers: SweptAnswer[] = [];
  for (const operation of context.operations) {
    if (operation.method !== "GET") continue;
    const query = exampleQuery(context, operation);
    if (query === undefined) continue;
    const isAdmin = operation.scopes.includes("admin");
    if (isAdmin && context.adminKey === undefined) continue;
    const named = (operation.path.match(/\{[^}]+\}/g) ?? []).filter((name) => name !== "{chamberId}");
    const params = named.length === 0 ? {} : await existingParams(context, operation.path);
    if (params === undefined) continue;
    const path = context.path(operation.path, params);
    const keys: (string | null)[] = [isAdmin ? (context.adminKey as string) : context.key];
    if (takesNoKey(context, operation)) keys.push(null);
    for (const key of keys) {
      const exchange = await context.call("GET", path, { key, query });
      const verdict = checkAnswer(
        operation,
        exchange.response,
        { json: exchange.json, parsed: exchange.json !== undefined },
        context.validator,
        context.document,
      );
      answers.push({ operation, exchange, verdict });
    }
  }
  return answers;
}

/** The required query parameters from their examples; `undefined` when one has none. */
function exampleQuery(context: CheckContext, operation: Operation): Record<string, string> | undefined {
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== "query" || !parameter.required) continue;
    const example = exampleOf(context, operation, parameter.name);
    if (example === undefined) return undefined;
    query[parameter.name] = example;
  }
  return query;
}

const EXPECTED: { readonly [K in AnswerCheck]: (operation: Operation) => string } = {
  status_code_conformance: (operation) => `${operation.id} answers a status its document lists`,
  content_type_conformance: (operation) =>
    `${operation.id} answers a Content-Type its document lists for the status (no body where none is)`,
  response_schema_conformance: (operation) =>
    `${operation.id}'s body validates against the schema its document gives the status`,
  response_headers_conformance: (operation) =>
    `${operation.id}'s documented headers are present where required and match their schemas`,
};

function sweepCheck(check: AnswerCheck, name: string): Check {
  const requirement: RequirementId = CHECK_REQUIREMENTS[check];
  return {
    requirement,
    name,
    writes: false,
    async run(context) {
      const answers = await sweepOnce(context);
      if (answers.length === 0) return { skipped: "the node answered no read the sweep could make" };
      for (const { operation, exchange, verdict } of answers) {
        for (const made of verdict.checks) {
          if (made.check === check && made.message !== null)
            context.fail(exchange, EXPECTED[check](operation), `${described(exchange)}: ${made.message}`);
        }
      }
      return undefined;
    },
  };
}

export const answerChecks: readonly Check[] = [
  sweepCheck("response_schema_conformance", "the reads' bodies match their schemas"),
  sweepCheck("status_code_conformance", "the reads answer documented statuses"),
  sweepCheck("content_type_conformance", "the reads answer documented content types"),
  sweepCheck("response_headers_conformance", "the reads carry their documented headers"),
];
