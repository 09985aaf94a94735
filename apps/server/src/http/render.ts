import { type AccessView, type AnyRoute, Page } from "@ghorfa/contract";
import { etagOf } from "./etag";
import { type Projector, projector } from "./project";

/**
 * A response as the pipeline sends it, and as an Idempotency-Key keeps it for a replay: the body
 * is kept as the JSON text that was sent (jsonb would reorder its keys), so a replay is the same
 * bytes.
 */
export interface Rendered {
  status: number;
  body: string | null;
  headers: Record<string, string>;
}

/** The response schemas of a route, one per view, as projectors built once at start. */
export function responseProjectors(route: AnyRoute): Record<AccessView, Projector | null> {
  const schema = route.responses[route.successStatus];
  const full = schema ? projector(schema) : null;
  if (route.access.kind !== "public-view") return { full, public: full };
  const item = route.access.publicSchema;
  return { full, public: projector(route.paginated ? Page(item) : item) };
}

/** The success response of `result`: its body written through the view's projector, and its headers. */
export function render(
  route: AnyRoute,
  project: Projector | null,
  view: AccessView,
  result: { body: unknown; version?: number; location?: string; contentLanguage?: string },
): Rendered {
  const headers: Record<string, string> = {};
  if (route.access.kind === "public-view") headers["ghorfa-view"] = view;
  if (result.location !== undefined) headers.location = result.location;
  if (result.contentLanguage !== undefined) headers["content-language"] = result.contentLanguage;
  if (project === null) return { status: route.successStatus, body: null, headers };
  // The response schema is the allowlist: fields it does not name never leave the node.
  const body = JSON.stringify(project(result.body));
  if (route.etag) headers.etag = etagOf(result.version, view, body);
  return { status: route.successStatus, body, headers };
}
