import { fixtureId } from "@ghorfa/schemas";
import type * as z from "zod";
import { PROBLEM_TYPES, type Problem, type ProblemKind, problemSchema, problemUri } from "../problems";
import type { SchemaCatalog } from "./components";
import type { JsonSchema } from "./json-schema";

const EXAMPLE_TITLES: Record<ProblemKind, string> = {
  validation: "The request is not valid",
  "unsupported-version": "Unsupported contract version",
  unauthorized: "An API key is needed",
  forbidden: "This key may not do that",
  "not-found": "Not found",
  conflict: "Conflict",
  "invalid-transition": "This status change is not allowed",
  "precondition-failed": "The resource changed since it was read",
  "idempotency-conflict": "This Idempotency-Key was used for another request",
  "precondition-required": "If-Match is required",
  "rate-limited": "Too many requests",
  internal: "The node failed",
  // events (issue 13)
  "registration-closed": "Registration closed",
  "already-registered": "Already registered",
  "already-checked-in": "Already checked in",
  // sign-in (issue 15)
  "csrf-origin": "Request origin refused",
  "invalid-token": "This link is no longer valid",
};

/** An example problem of `kind`, as a node would send it in English. */
export function problemExample(kind: ProblemKind): Problem {
  const base = {
    type: problemUri(kind),
    title: EXAMPLE_TITLES[kind],
    status: PROBLEM_TYPES[kind].status,
    requestId: "req_01KG4TQ3ZB0V6M8S2N5R7W9X1Y",
  };
  if (kind === "validation") {
    return {
      ...base,
      detail: "1 field is not valid.",
      errors: [{ pointer: "/body/ice", code: "ice_checksum", message: "The ICE control digits are wrong" }],
    };
  }
  if (kind === "invalid-transition") {
    return { ...base, detail: "A struck-off member cannot be suspended.", allowed: [] };
  }
  if (kind === "rate-limited") return { ...base, retryAfter: 30 };
  if (kind === "not-found") {
    return {
      ...base,
      detail: "No member with this id.",
      instance: `/chambers/ma-09/members/${fixtureId("member", "ma-09", 404)}`,
    };
  }
  return base;
}

const pascal = (kinds: readonly string[]) =>
  kinds.map((kind) => kind.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())).join("Or");

/** The problem responses of the document, shared between operations with the same kinds at one status. */
export class ProblemResponses {
  readonly components: Record<string, JsonSchema> = {};

  constructor(private readonly catalog: SchemaCatalog) {}

  /** `responses` entries (status → `$ref`) for a route's problem kinds. */
  forKinds(kinds: readonly ProblemKind[]): Record<string, JsonSchema> {
    const byStatus = new Map<number, ProblemKind[]>();
    for (const kind of kinds) {
      const status = PROBLEM_TYPES[kind].status;
      byStatus.set(status, [...(byStatus.get(status) ?? []), kind]);
    }
    const out: Record<string, JsonSchema> = {};
    for (const [status, group] of byStatus) {
      const name = pascal(group);
      this.components[name] ??= this.response(group);
      out[String(status)] = { $ref: `#/components/responses/${name}` };
    }
    return out;
  }

  private response(kinds: readonly ProblemKind[]): JsonSchema {
    const schemas = [...new Set(kinds.map((kind) => problemSchema(kind)))];
    const refs = schemas.map((schema) => this.catalog.ref(schema as z.ZodType, "output"));
    const headers: Record<string, JsonSchema> = {
      "Ghorfa-Version": { $ref: "#/components/headers/GhorfaVersion" },
      "X-Request-Id": { $ref: "#/components/headers/XRequestId" },
      "Content-Language": { $ref: "#/components/headers/ContentLanguage" },
    };
    if (kinds.includes("rate-limited")) headers["Retry-After"] = { $ref: "#/components/headers/RetryAfter" };
    return {
      description: kinds.map((kind) => `\`${kind}\`: ${PROBLEM_TYPES[kind].summary}`).join("\n\n"),
      headers,
      content: {
        "application/problem+json": {
          schema: refs.length === 1 ? refs[0] : { anyOf: refs },
          examples: Object.fromEntries(kinds.map((kind) => [kind, { value: problemExample(kind) }])),
        },
      },
    };
  }
}
