import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestApp, type TestApp } from "./app-fixture";

const HTML =
  '<!doctype html><html lang="ar-MA" dir="rtl"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify("x".repeat(4000))});`;
const navigate = { accept: "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8" };

let dir: string;
let t: TestApp;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "ghorfa-portal-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), HTML);
  writeFileSync(join(dir, "assets", "app-abc123.js"), SCRIPT);
  writeFileSync(join(dir, "favicon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  t = await openTestApp({ env: { GHORFA_PORTAL_DIR: dir } });
});
afterAll(async () => {
  await t.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the portal served by the node", () => {
  it("serves the app's page at / with a policy that keeps it to this node", async () => {
    const page = await t.app.inject({ url: "/", headers: navigate });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toBe("text/html; charset=utf-8");
    expect(page.body).toBe(HTML);
    expect(page.headers["cache-control"]).toBe("no-cache");
    expect(String(page.headers["content-security-policy"])).toContain("default-src 'self'");
    expect(String(page.headers["content-security-policy"])).toContain("frame-ancestors 'none'");
  });

  it("answers a navigation to any of the app's own addresses with its page", async () => {
    for (const url of ["/members", "/members/mem_ma-09_x?q=أركان", "/premises/leases/abc", "/federation"]) {
      const page = await t.app.inject({ url: encodeURI(url), headers: navigate });
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).toBe(HTML);
    }
  });

  it("never answers the API's addresses or a missing file with the app's page", async () => {
    for (const url of [
      "/chambers/ma-09/nothing-here",
      "/auth/nothing",
      "/admin/nothing",
      "/assets/missing.js",
      "/robots.txt",
    ]) {
      const answer = await t.app.inject({ url, headers: navigate });
      expect(answer.statusCode, url).toBe(404);
      expect(answer.headers["content-type"], url).toMatch(/^application\/problem\+json/);
    }
    // A client of the API (no HTML in Accept) gets the API's 404 everywhere.
    const api = await t.app.inject({ url: "/members", headers: { accept: "application/json" } });
    expect(api.statusCode).toBe(404);
    expect(api.headers["content-type"]).toMatch(/^application\/problem\+json/);
    const post = await t.app.inject({ method: "POST", url: "/members", headers: navigate, payload: {} });
    expect(post.statusCode).toBe(404);
  });

  it("serves the built files: hashed ones cached for good, compressed when the client takes gzip", async () => {
    const plain = await t.app.inject({ url: "/assets/app-abc123.js" });
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);

    const zipped = await t.app.inject({
      url: "/assets/app-abc123.js",
      headers: { "accept-encoding": "br, gzip" },
    });
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.rawPayload.length).toBeLessThan(SCRIPT.length / 10);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(SCRIPT);

    const again = await t.app.inject({
      url: "/assets/app-abc123.js",
      headers: { "if-none-match": String(plain.headers.etag) },
    });
    expect(again.statusCode).toBe(304);
    expect((await t.app.inject({ url: "/favicon.svg" })).headers["content-type"]).toBe("image/svg+xml");
  });

  it("serves nothing outside its folder, however the path is written", async () => {
    for (const url of [
      "/assets/../index.html",
      "/assets/%2e%2e/%2e%2e/package.json",
      "/..%2fpackage.json",
      "/assets/..%5cindex.html",
    ]) {
      const answer = await t.app.inject({ url });
      expect([400, 404], url).toContain(answer.statusCode);
      expect(answer.body, url).not.toContain('"name"');
    }
  });

  it("leaves the node an API alone when the folder holds no build", async () => {
    const bare = await openTestApp();
    try {
      const root = await bare.app.inject({ url: "/", headers: navigate });
      expect(root.statusCode).toBe(404);
      expect(root.headers["content-type"]).toMatch(/^application\/problem\+json/);
    } finally {
      await bare.close();
    }
  });
});
