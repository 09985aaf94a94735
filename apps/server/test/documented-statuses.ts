import { openapi } from "@ghorfa/contract";
import type { FastifyInstance } from "fastify";

/** Every status the contract's document lists for each operation, by `METHOD /template`. */
export const DOCUMENTED_STATUSES: ReadonlyMap<string, ReadonlySet<number>> = new Map(
  Object.entries(openapi().paths).flatMap(([path, item]) =>
    Object.entries(item).map(([method, operation]) => [
      `${method.toUpperCase()} ${path}`,
      new Set(Object.keys((operation as { responses: object }).responses).map(Number)),
    ]),
  ),
);

/**
 * Watches every answer `app` gives on a route of the contract and keeps those whose status the
 * document does not list for that route (a route's fastify URL `/a/:b` is the document's `/a/{b}`).
 * Routes outside the contract (docs, HEAD) are not watched.
 */
export function watchUndocumentedStatuses(app: FastifyInstance): string[] {
  const undocumented: string[] = [];
  app.addHook("onResponse", async (request, reply) => {
    const template = request.routeOptions.url?.replace(/:([A-Za-z]+)/g, "{$1}");
    const statuses = DOCUMENTED_STATUSES.get(`${request.method} ${template}`);
    if (statuses && !statuses.has(reply.statusCode))
      undocumented.push(`${request.method} ${template} answered ${reply.statusCode} (${request.url})`);
  });
  return undocumented;
}
