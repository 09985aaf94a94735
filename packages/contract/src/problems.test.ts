import { describe, expect, it } from "vitest";
import { problemExample } from "./openapi/problem-responses";
import {
  PROBLEM_BASE_URI,
  PROBLEM_KINDS,
  PROBLEM_TYPES,
  Problem,
  problemKindOf,
  problemSchema,
  problemUri,
} from "./problems";

describe("problem types", () => {
  it("covers every problem the issue names, each with a 4xx or 5xx status", () => {
    const named = [
      "validation",
      "not-found",
      "conflict",
      "invalid-transition",
      "precondition-failed",
      "precondition-required",
      "unauthorized",
      "forbidden",
      "rate-limited",
      "idempotency-conflict",
      "unsupported-version",
    ];
    expect(PROBLEM_KINDS).toEqual(expect.arrayContaining(named));
    for (const kind of PROBLEM_KINDS) expect(PROBLEM_TYPES[kind].status).toBeGreaterThanOrEqual(400);
  });

  it("gives each kind a distinct URI under the stable namespace, and reads it back", () => {
    const uris = PROBLEM_KINDS.map(problemUri);
    expect(new Set(uris).size).toBe(uris.length);
    for (const kind of PROBLEM_KINDS) {
      expect(problemUri(kind).startsWith(PROBLEM_BASE_URI)).toBe(true);
      expect(problemKindOf(problemUri(kind))).toBe(kind);
    }
    expect(problemKindOf("https://example.org/problems/not-found")).toBeUndefined();
    expect(problemKindOf(`${PROBLEM_BASE_URI}toString`)).toBeUndefined();
  });

  it("answers 428 without If-Match, 412 when it is stale, 422 for a reused idempotency key", () => {
    expect(PROBLEM_TYPES["precondition-required"].status).toBe(428);
    expect(PROBLEM_TYPES["precondition-failed"].status).toBe(412);
    expect(PROBLEM_TYPES["idempotency-conflict"].status).toBe(422);
  });

  it("has documentation examples that pass the schema of their kind", () => {
    for (const kind of PROBLEM_KINDS)
      expect(problemSchema(kind).safeParse(problemExample(kind)).success).toBe(true);
  });

  it("requires the extension member of the kinds that have one", () => {
    const base = { type: problemUri("validation"), title: "x", status: 400, requestId: "r" };
    expect(Problem.safeParse(base).success).toBe(true);
    expect(problemSchema("validation").safeParse(base).success).toBe(false);
    expect(problemSchema("invalid-transition").safeParse({ ...base, status: 409 }).success).toBe(false);
    expect(problemSchema("rate-limited").safeParse({ ...base, status: 429, retryAfter: 3 }).success).toBe(
      true,
    );
  });

  it("points at fields with RFC 6901 JSON pointers", () => {
    const withPointer = (pointer: string) =>
      Problem.safeParse({
        type: problemUri("validation"),
        title: "x",
        status: 400,
        requestId: "r",
        errors: [{ pointer, code: "too_small", message: "m" }],
      }).success;
    expect(withPointer("/body/identifiers/ice")).toBe(true);
    expect(withPointer("/body/a~1b/0")).toBe(true);
    expect(withPointer("")).toBe(true);
    expect(withPointer("body.ice")).toBe(false);
    expect(withPointer("/body/~2")).toBe(false);
  });
});
