import { documentedResponse, type JsonSchema, type OpenApiDocument, type Operation } from "../document";
import type { CheckName, ReceivedResponse } from "../report";
import { shapeOf, typesOf } from "../schema-shape";
import type { Validator } from "../validator";

/** The checks of one answer against what the document says of its operation. */
export type AnswerCheck = Extract<
  CheckName,
  | "status_code_conformance"
  | "content_type_conformance"
  | "response_schema_conformance"
  | "response_headers_conformance"
>;

export interface AnswerVerdict {
  /** Each check made, in the order made; `message` is null when it held. */
  readonly checks: readonly { readonly check: AnswerCheck; readonly message: string | null }[];
  /** The schema the document gives the body, when the status and the media type are documented. */
  readonly schema: JsonSchema | undefined;
  /** False when the body was checked against a schema and did not match, or the status is undocumented. */
  readonly bodyValid: boolean;
  /** The document lists the status for the operation (else nothing more was checked). */
  readonly documented: boolean;
}

export function mediaTypeOf(contentType: string | null | undefined): string {
  return (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
}

/** A wire value read back as JSON Schema sees it: numbers and booleans where the schema allows them. */
export function fromWire(schema: JsonSchema, value: string, document: OpenApiDocument): unknown {
  const types = typesOf(shapeOf(schema, document));
  if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?([eE][+-]?\d+)?$/.test(value))
    return Number(value);
  if (types.includes("boolean") && (value === "true" || value === "false")) return value === "true";
  return value;
}

/**
 * One answer against its operation: the status is documented, then (for a documented status) its
 * Content-Type, its body against the schema, and its documented headers. Both the property phase
 * and the read-only sweep (GH-SCHEMA-001..004) judge answers with it, so they never disagree.
 */
export function checkAnswer(
  operation: Operation,
  response: ReceivedResponse,
  body: { readonly json: unknown; readonly parsed: boolean },
  validator: Validator,
  document: OpenApiDocument,
): AnswerVerdict {
  const checks: { check: AnswerCheck; message: string | null }[] = [];
  const spec = documentedResponse(operation, response.status);
  checks.push({
    check: "status_code_conformance",
    message: spec ? null : `status ${response.status} is not documented for the operation`,
  });
  if (!spec) return { checks, schema: undefined, bodyValid: false, documented: false };
  const mediaType = mediaTypeOf(response.headers["content-type"]);
  const documentedTypes = Object.keys(spec.content);
  let schema: JsonSchema | undefined;
  if (documentedTypes.length === 0) {
    checks.push({
      check: "content_type_conformance",
      message:
        response.body === ""
          ? null
          : `a body where the document has none (${mediaType || "no Content-Type"})`,
    });
  } else {
    const match = documentedTypes.find(
      (type) =>
        type === mediaType ||
        (type.endsWith("/*") && mediaType.startsWith(type.slice(0, -1))) ||
        type === "*/*",
    );
    checks.push({
      check: "content_type_conformance",
      message: match
        ? null
        : `Content-Type ${mediaType || "(none)"} is not one of ${documentedTypes.join(", ")}`,
    });
    schema = match ? spec.content[match]?.schema : undefined;
  }
  let bodyValid = true;
  if (schema !== undefined && mediaType.endsWith("json")) {
    const errors = body.parsed ? validator.errors(schema, body.json) : "the body is not JSON";
    bodyValid = errors === null;
    checks.push({
      check: "response_schema_conformance",
      message: errors === null ? null : `the body does not match the documented schema: ${errors}`,
    });
  }
  const headerErrors: string[] = [];
  for (const [name, header] of Object.entries(spec.headers)) {
    const value = response.headers[name];
    if (value === undefined) {
      if (header.required) headerErrors.push(`${name} is missing`);
    } else if (header.schema !== undefined) {
      const errors = validator.errors(header.schema, fromWire(header.schema, value, document));
      if (errors !== null) headerErrors.push(`${name}: ${value} — ${errors}`);
    }
  }
  checks.push({
    check: "response_headers_conformance",
    message: headerErrors.length === 0 ? null : headerErrors.join("; "),
  });
  return { checks, schema, bodyValid, documented: true };
}
