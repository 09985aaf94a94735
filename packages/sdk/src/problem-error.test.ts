import { PROBLEM_KINDS, PROBLEM_TYPES, problemUri } from "@ghorfa/contract";
import { describe, expect, it } from "vitest";
import {
  ApiError,
  ConflictError,
  GhorfaError,
  InvalidTransitionError,
  NotFoundError,
  PROBLEM_ERRORS,
  PreconditionFailedError,
  RateLimitedError,
  ValidationError,
} from "./errors";
import { apiErrorFrom } from "./problem-error";
import { requestIdOf } from "./response-meta";

const headers = new Headers({ "x-request-id": "req_1" });

describe("apiErrorFrom", () => {
  it("picks the class by the problem type, not only the status", () => {
    const problem = {
      type: problemUri("invalid-transition"),
      title: "Transition interdite",
      status: 409,
      requestId: "req_1",
      allowed: ["active", "suspended"],
    };
    const error = apiErrorFrom(409, problem, headers, "req_1");
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toBeInstanceOf(GhorfaError);
    expect((error as InvalidTransitionError).allowed).toEqual(["active", "suspended"]);
    expect(error.code).toBe("invalid-transition");
    expect(error.message).toBe("Transition interdite");
  });

  it("prefers the detail for the message and keeps field errors", () => {
    const problem = {
      type: problemUri("validation"),
      title: "Invalid request",
      detail: "The ICE is not valid",
      status: 400,
      requestId: "req_2",
      errors: [{ pointer: "/ice", code: "invalid_ice", message: "The ICE is not valid" }],
    };
    const error = apiErrorFrom(400, problem, headers, "req_2") as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message).toBe("The ICE is not valid");
    expect(error.errors.map((e) => e.pointer)).toEqual(["/ice"]);
    expect(error.requestId).toBe("req_2");
    expect(requestIdOf(error)).toBe("req_2");
  });

  it("falls back to the status for a type the contract does not define", () => {
    const error = apiErrorFrom(
      404,
      { type: "https://example.org/gone", title: "Gone", status: 404 },
      headers,
      "r",
    );
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error.kind).toBeUndefined();
  });

  it("makes a problem from the status when the body is none (a gateway page)", () => {
    const error = apiErrorFrom(412, "<html>", headers, "req_3");
    expect(error).toBeInstanceOf(PreconditionFailedError);
    expect(error.problem).toMatchObject({ type: "about:blank", title: "HTTP 412", status: 412 });
  });

  it("reads the wait of a 429 from the problem, else from Retry-After", () => {
    const fromBody = apiErrorFrom(
      429,
      { type: problemUri("rate-limited"), title: "Slow down", status: 429, requestId: "r", retryAfter: 7 },
      headers,
      "r",
    ) as RateLimitedError;
    expect(fromBody.retryAfter).toBe(7);
    const fromHeader = apiErrorFrom(429, null, new Headers({ "retry-after": "12" }), "r") as RateLimitedError;
    expect(fromHeader).toBeInstanceOf(RateLimitedError);
    expect(fromHeader.retryAfter).toBe(12);
  });

  it("keeps a plain ApiError for statuses without a class of their own", () => {
    const error = apiErrorFrom(
      500,
      { type: problemUri("internal"), title: "Oops", status: 500 },
      headers,
      "r",
    );
    expect(error.constructor).toBe(ApiError);
    expect(error.status).toBe(500);
  });

  it("gives every problem kind of the contract its class from the table", () => {
    for (const kind of PROBLEM_KINDS) {
      const { status } = PROBLEM_TYPES[kind];
      const error = apiErrorFrom(status, { type: problemUri(kind), title: kind, status }, headers, "r");
      expect(error.constructor).toBe(PROBLEM_ERRORS[kind]);
      expect(error.code).toBe(kind);
    }
  });

  it("takes the status's class for a kind this SDK does not know, even one named like a prototype's key", () => {
    for (const kind of ["newer-kind", "constructor", "__proto__"]) {
      const error = apiErrorFrom(
        409,
        { type: problemUri(kind as "conflict"), title: kind, status: 409 },
        headers,
        "r",
      );
      expect(error.constructor).toBe(ConflictError);
      expect(error.kind).toBe(kind);
    }
  });
});
