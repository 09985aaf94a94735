import { InvalidTransitionError, ServiceError, ValidationError } from "../services";
import type { Issue } from "./field-errors";
import { ProblemError } from "./problem";
import { issueProblem } from "./validate";

/**
 * The problem an error thrown while answering a request stands for: a ProblemError as it is; a
 * service's refusal as the contract kind it names; fastify's own refusals of a request it cannot
 * read as 400 validation (the contract has no 413 or 415: the body is what is at fault); anything
 * else as 500 internal, whose details stay in the log.
 */
export function toProblem(error: unknown, bodyLimit = 0): ProblemError {
  if (error instanceof ProblemError) return error;
  if (error instanceof ServiceError) return serviceProblem(error);
  return frameworkProblem(error, bodyLimit) ?? new ProblemError("internal", {}, { cause: error });
}

/** A service's refusal as the problem kind it names, with what that kind carries on the wire. */
function serviceProblem(error: ServiceError): ProblemError {
  if (error instanceof InvalidTransitionError)
    return new ProblemError("invalid-transition", { allowed: [...error.allowed] });
  if (error instanceof ValidationError)
    return new ProblemError("validation", { invalid: { part: error.part, issues: error.issues } });
  return new ProblemError(error.problem);
}

const notJson: Issue = {
  code: "invalid_type",
  expected: "object",
  input: null,
  path: [],
  message: "Expected a JSON body",
};
const noBody: Issue = {
  code: "invalid_type",
  expected: "object",
  input: undefined,
  path: [],
  message: "Expected a JSON body",
};
const notJsonMediaType: Issue = {
  code: "invalid_value",
  values: ["application/json"],
  input: null,
  path: ["content-type"],
  message: "Expected application/json",
};
const tooLarge = (limit: number): Issue => ({
  code: "too_big",
  origin: "string",
  maximum: limit,
  inclusive: true,
  input: null,
  path: [],
  message: "The body is too large",
});

/** The errors fastify throws before a handler runs, for requests it cannot read. */
function frameworkProblem(error: unknown, bodyLimit: number): ProblemError | undefined {
  if (!(error instanceof Error)) return undefined;
  const { code, statusCode } = error as { code?: string; statusCode?: number };
  if (code === "FST_ERR_CTP_EMPTY_JSON_BODY") return issueProblem("body", noBody);
  if (code === "FST_ERR_CTP_INVALID_MEDIA_TYPE" || statusCode === 415)
    return issueProblem("headers", notJsonMediaType);
  if (code === "FST_ERR_CTP_BODY_TOO_LARGE" || statusCode === 413) {
    return issueProblem("body", tooLarge(bodyLimit));
  }
  // A body that is not JSON, or holds a forbidden __proto__ key (secure-json-parse), is a 400.
  if (statusCode === 400 || error instanceof SyntaxError) return issueProblem("body", notJson);
  return undefined;
}

/** The issue of a URL the router refused: a parameter too long, or not decodable. */
export function badUrl(code: string): Issue {
  return code === "FST_ERR_MAX_PARAM_LENGTH"
    ? {
        code: "too_big",
        origin: "string",
        maximum: 200,
        inclusive: true,
        input: null,
        path: [],
        message: "Too long",
      }
    : {
        code: "invalid_format",
        format: "regex",
        pattern: "",
        input: "",
        path: [],
        message: "Not a valid URL",
      };
}
