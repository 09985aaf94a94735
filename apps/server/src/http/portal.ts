import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { routeList } from "@ghorfa/contract";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** One file of the built portal, read once at start: the portal is small and never changes while the node runs. */
interface Asset {
  readonly body: Buffer;
  readonly gzipped: Buffer | undefined;
  readonly type: string;
  readonly etag: string;
  readonly immutable: boolean;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
  ".webmanifest": "application/manifest+json",
};
const COMPRESSIBLE = new Set([".html", ".js", ".css", ".json", ".svg", ".txt", ".webmanifest"]);

// The portal's pages load only the portal's own files and call only this node. Inline styles stay
// allowed: charts place their marks with style attributes.
const DOCUMENT_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
};

function readAssets(dir: string): Map<string, Asset> {
  const assets = new Map<string, Asset>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) {
        const extension = extname(entry.name);
        const body = readFileSync(path);
        const url = `/${relative(dir, path).split(sep).join("/")}`;
        assets.set(url, {
          body,
          gzipped: COMPRESSIBLE.has(extension) && body.length > 512 ? gzipSync(body) : undefined,
          type: TYPES[extension] ?? "application/octet-stream",
          etag: `"${statSync(path).mtimeMs.toString(36)}-${body.length.toString(36)}"`,
          // Vite names what it builds under assets/ by content: a new build is a new name.
          immutable: url.startsWith("/assets/"),
        });
      }
    }
  };
  walk(dir);
  return assets;
}

function send(request: FastifyRequest, reply: FastifyReply, asset: Asset, isDocument: boolean) {
  reply
    .header("content-type", asset.type)
    .header("etag", asset.etag)
    .header("vary", "accept-encoding")
    .header("cache-control", asset.immutable ? "public, max-age=31536000, immutable" : "no-cache");
  if (isDocument) reply.headers(DOCUMENT_HEADERS);
  if (request.headers["if-none-match"] === asset.etag) return reply.code(304).send();
  const accepts = String(request.headers["accept-encoding"] ?? "");
  const gzip = asset.gzipped !== undefined && /\bgzip\b/.test(accepts);
  if (gzip) reply.header("content-encoding", "gzip");
  return reply.send(gzip ? asset.gzipped : asset.body);
}

/**
 * What the portal's not-found handler may answer with the app's page: a browser's navigation
 * (GET or HEAD that accepts HTML) to a path outside the API. The API's first path segments come
 * from the contract, so a new route family never falls through to the app.
 */
export interface Portal {
  /** The app's page for a navigation to one of its own addresses, else undefined. */
  page(request: FastifyRequest): Asset | undefined;
  send: typeof send;
}

const apiSegments = new Set([
  ...routeList.map((route) => route.path.split("/")[1] ?? ""),
  "openapi.json",
  "docs",
]);

/**
 * Serves the built portal in `dir` at `/` when the folder holds an `index.html`: its files at their
 * paths, and its page for every other navigation outside the API (the app routes in the browser).
 * Returns undefined, and serves nothing, when there is no build.
 */
export function registerPortal(app: FastifyInstance, dir: string): Portal | undefined {
  let assets: Map<string, Asset>;
  try {
    assets = readAssets(dir);
  } catch {
    return undefined;
  }
  const index = assets.get("/index.html");
  if (index === undefined) return undefined;
  assets.delete("/index.html");
  for (const [url, asset] of assets) {
    app.route({
      method: ["GET", "HEAD"],
      url,
      handler: (request, reply) => send(request, reply, asset, false),
    });
  }
  app.route({
    method: ["GET", "HEAD"],
    url: "/",
    handler: (request, reply) => send(request, reply, index, true),
  });
  return {
    send,
    page(request) {
      if (request.method !== "GET" && request.method !== "HEAD") return undefined;
      if (!String(request.headers.accept ?? "").includes("text/html")) return undefined;
      const path = request.url.split("?")[0] ?? "";
      const first = path.split("/")[1] ?? "";
      // A file name (a dot in the last segment) that is not there is a 404, never the app's page.
      if (apiSegments.has(first) || /\.[a-z0-9]+$/i.test(path)) return undefined;
      return index;
    },
  };
}
