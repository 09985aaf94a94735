import { openapi } from "@ghorfa/contract";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";

let t: TestApp;
beforeAll(async () => {
  t = await openTestApp();
});
afterAll(() => t.close());

describe("API docs", () => {
  it("serves the contract's OpenAPI document at /openapi.json", async () => {
    const response = await t.app.inject({ url: "/openapi.json" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(openapi())));
  });

  it("renders /docs from this node alone: no URL of another origin, and a policy that forbids them", async () => {
    const page = await t.app.inject({ url: "/docs" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toMatch(/^text\/html/);
    expect(page.body).not.toMatch(/(https?:)?\/\/[a-z0-9.-]+\.[a-z]{2,}/i);
    expect(page.body).toContain('load-fonts="false"');
    expect(String(page.headers["content-security-policy"])).toMatch(/default-src 'self'/);
    expect(String(page.headers["content-security-policy"])).not.toMatch(/https?:/);

    const scripts = [...page.body.matchAll(/src="([^"]+)"/g)].map((m) => m[1] as string);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) {
      expect(src.startsWith("/")).toBe(true);
      const asset = await t.app.inject({ url: src });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers["content-type"]).toMatch(/javascript/);
      expect(asset.body.length).toBeGreaterThan(100_000);
    }
  });
});
