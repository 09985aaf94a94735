import type { Operation } from "../document";
import type { CheckContext, Exchange } from "./context";

/** The value of a parameter the document gives as its `example` (the contract's fixtures). */
export function exampleOf(context: CheckContext, operation: Operation, name: string): string | undefined {
  const raw = rawOperation(context, operation);
  for (const entry of (raw?.parameters ?? []) as { name?: string; example?: unknown }[]) {
    if (entry.name === name && entry.example !== undefined) return String(entry.example);
  }
  return undefined;
}

/** The required query parameters, from their examples (a report's `month`). */
export function requiredQuery(context: CheckContext, operation: Operation): Record<string, string> {
  const query: Record<string, string> = {};
  for (const parameter of operation.parameters) {
    if (parameter.in !== "query" || !parameter.required) continue;
    const example = exampleOf(context, operation, parameter.name);
    if (example !== undefined) query[parameter.name] = example;
  }
  return query;
}

/** The example request body the document shows for an operation. */
export function exampleBody(context: CheckContext, operation: Operation): unknown {
  const content = (
    rawOperation(context, operation)?.requestBody as
      | { content?: Record<string, { example?: unknown }> }
      | undefined
  )?.content;
  return content?.["application/json"]?.example;
}

/** The operation as the document writes it, for what `operationsOf` leaves out (examples, security). */
export function rawOperation(
  context: CheckContext,
  operation: Operation,
): Record<string, unknown> | undefined {
  return context.document.paths?.[operation.path]?.[operation.method.toLowerCase()] as
    | Record<string, unknown>
    | undefined;
}

/** Whether a caller without a key may call the operation (its security lists `{}` or nothing). */
export function takesNoKey(context: CheckContext, operation: Operation): boolean {
  const security = (rawOperation(context, operation)?.security ??
    context.document.security ??
    []) as object[];
  return security.length === 0 || security.some((requirement) => Object.keys(requirement).length === 0);
}

/** Whether the key may be left out only for a public view (security `[{}, {bearer: [...]}]`). */
export function hasPublicView(context: CheckContext, operation: Operation): boolean {
  return takesNoKey(context, operation) && operation.scopes.length > 0;
}

/** A list operation: a GET that takes a `cursor`. */
export function isPaginated(operation: Operation): boolean {
  return (
    operation.method === "GET" && operation.parameters.some((p) => p.in === "query" && p.name === "cursor")
  );
}

/** Items of a page answer (`{ items: [...] }`), or `undefined` when the body is not a page. */
export function itemsOf(exchange: Exchange): Record<string, unknown>[] | undefined {
  const items = (exchange.json as { items?: unknown } | undefined)?.items;
  return Array.isArray(items) ? (items as Record<string, unknown>[]) : undefined;
}

/**
 * Ids of existing records for every `{name}` of a path template but `chamberId`, found by reading
 * the list at each prefix (`/chambers/{chamberId}/events` for `{eventId}`, then its registrations
 * for `{registrationId}`): read only, with the run's key. `undefined` when a list is missing or
 * empty. `pick` chooses among a list's items (the first by default).
 */
export async function existingParams(
  context: CheckContext,
  template: string,
  pick: (item: Record<string, unknown>, parameter: string) => boolean = () => true,
): Promise<Record<string, string> | undefined> {
  const params: Record<string, string> = { chamberId: context.chamber };
  const segments = template.split("/");
  for (let index = 0; index < segments.length; index++) {
    const name = /^\{(.+)\}$/.exec(segments[index] ?? "")?.[1];
    if (name === undefined || name in params) continue;
    const listPath = segments.slice(0, index).join("/");
    const list = context.operations.find(
      (operation) => operation.path === listPath && isPaginated(operation),
    );
    if (!list) return undefined;
    const exchange = await context.call("GET", context.path(listPath, params), { query: { limit: 50 } });
    const item = itemsOf(exchange)?.find(
      (candidate) => typeof candidate.id === "string" && pick(candidate, name),
    );
    if (!item) return undefined;
    params[name] = item.id as string;
  }
  return params;
}

/** The media type of an answer, without its parameters. */
export function mediaType(exchange: Exchange): string {
  return (exchange.response.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** Whether the answer is a problem (RFC 9457) whose `status` is the answer's. */
export function isProblem(exchange: Exchange): boolean {
  const body = exchange.json as { status?: unknown; type?: unknown } | undefined;
  return mediaType(exchange) === "application/problem+json" && body?.status === exchange.response.status;
}

/** "404 application/problem+json (not-found)": what came, in a few words. */
export function described(exchange: Exchange): string {
  const type = (exchange.json as { type?: unknown } | undefined)?.type;
  const kind = typeof type === "string" ? ` (${type.split("/").pop()})` : "";
  return `${exchange.response.status} ${mediaType(exchange) || "(no content type)"}${kind}`;
}
