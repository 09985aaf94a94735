import type { Check, CheckContext } from "./context";
import {
  described,
  exampleBody,
  exampleOf,
  existingParams,
  isProblem,
  requiredQuery,
  takesNoKey,
} from "./records";

/**
 * GH-ROUTE-001: every operation of the contract exists on the node. A route that needs a key is
 * called without one and must answer 401 (a missing route answers 404, and nothing is written);
 * a route open to anyone is called on an existing record where the node lists one, and must answer
 * a documented success, or, for a write, refuse an empty body with 400. A read-only run sends no
 * write a node could take: no key and a body that is not JSON, which a route that exists refuses.
 */
const everyRouteAnswers: Check = {
  requirement: "GH-ROUTE-001",
  name: "every route of the contract answers",
  writes: false,
  async run(context) {
    for (const operation of context.operations) {
      if (context.readOnly && operation.method !== "GET") {
        // Nothing a node could store: no key, and a body that is not JSON. A route that exists
        // refuses it with a problem; one that does not answers 404 or 405.
        const params = await existingParams(context, operation.path);
        const path = params
          ? context.path(operation.path, params)
          : examplePath(context, operation.path, operation);
        const exchange = await context.call(operation.method, path, {
          key: null,
          rawBody: `${context.runTag}: not JSON`,
          headers: { "content-type": "text/plain" },
        });
        const status = exchange.response.status;
        if (status < 400 || status >= 500 || status === 404 || status === 405 || !isProblem(exchange)) {
          context.fail(
            exchange,
            `${operation.id} exists: a request it cannot take (no key, no JSON) is refused with a 4xx problem+json other than 404 and 405`,
            described(exchange),
          );
        }
        continue;
      }
      if (!takesNoKey(context, operation)) {
        const exchange = await context.call(
          operation.method,
          examplePath(context, operation.path, operation),
          {
            key: null,
            ...(operation.requestBody ? { body: exampleBody(context, operation) ?? {} } : {}),
          },
        );
        if (exchange.response.status !== 401 || !isProblem(exchange)) {
          context.fail(
            exchange,
            `${operation.id} exists: without a key it answers 401 problem+json`,
            described(exchange),
          );
        }
        continue;
      }
      const params = await existingParams(context, operation.path);
      const path = params
        ? context.path(operation.path, params)
        : examplePath(context, operation.path, operation);
      if (operation.method === "GET") {
        const exchange = await context.call("GET", path, {
          key: null,
          query: requiredQuery(context, operation),
        });
        const ok = params
          ? exchange.response.status === 200
          : exchange.response.status === 200 || (exchange.response.status === 404 && isProblem(exchange));
        if (!ok) context.fail(exchange, `${operation.id} answers 200 to anyone`, described(exchange));
      } else {
        if (!params) continue; // a public write on a record the node does not list: nothing to call
        const exchange = await context.call(operation.method, path, { key: null, body: {} });
        if (exchange.response.status !== 400 || !isProblem(exchange)) {
          context.fail(
            exchange,
            `${operation.id} exists: an empty body is refused with 400 problem+json`,
            described(exchange),
          );
        }
      }
    }
    return undefined;
  },
};

function examplePath(
  context: CheckContext,
  template: string,
  operation: Parameters<typeof exampleOf>[1],
): string {
  const params: Record<string, string> = {};
  for (const name of template.match(/\{[^}]+\}/g) ?? []) {
    const bare = name.slice(1, -1);
    if (bare !== "chamberId") params[bare] = exampleOf(context, operation, bare) ?? "unknown";
  }
  return context.path(template, params);
}

export const routeChecks: readonly Check[] = [everyRouteAnswers];
