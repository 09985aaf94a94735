import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compilePath, normalizeBaseUrl, queryString } from "./request-url";

describe("compilePath", () => {
  it("fills each parameter of the template in place", () => {
    const fill = compilePath("/chambers/{chamberId}/leases/{leaseId}/payments");
    expect(fill(["ma-09", "lse_ma-09_X"])).toBe("/chambers/ma-09/leases/lse_ma-09_X/payments");
  });

  it("escapes values so a parameter never adds a path segment", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (value) => {
        const path = compilePath("/units/{unitId}")([value]);
        return path.split("/").length === 3 && decodeURIComponent(path.slice("/units/".length)) === value;
      }),
    );
  });

  it("refuses a missing parameter rather than calling a wrong URL", () => {
    expect(() => compilePath("/members/{memberId}")([])).toThrow(/memberId/);
  });

  it("leaves a template without parameters as it is", () => {
    expect(compilePath("/.well-known/ghorfa")([])).toBe("/.well-known/ghorfa");
  });
});

describe("queryString", () => {
  it("skips undefined values and repeats keys for arrays", () => {
    expect(queryString({ q: "société", limit: 50, cursor: undefined, label: ["export", "bio"] })).toBe(
      "?q=soci%C3%A9t%C3%A9&limit=50&label=export&label=bio",
    );
  });

  it("gives nothing for no query or an empty one", () => {
    expect(queryString(undefined)).toBe("");
    expect(queryString({ cursor: undefined })).toBe("");
  });

  it("round-trips through URLSearchParams", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ minLength: 1 }), fc.string()), (query) => {
        const parsed = new URLSearchParams(queryString(query));
        return Object.entries(query).every(([key, value]) => parsed.get(key) === value);
      }),
    );
  });
});

describe("normalizeBaseUrl", () => {
  it("drops trailing slashes and refuses what is not http(s)", () => {
    expect(normalizeBaseUrl("http://localhost:8080/")).toBe("http://localhost:8080");
    expect(normalizeBaseUrl(new URL("https://ccis.ma/api/"))).toBe("https://ccis.ma/api");
    expect(() => normalizeBaseUrl("localhost:8080")).toThrow(TypeError);
  });
});
