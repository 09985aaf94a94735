import { openapi } from "@ghorfa/contract";
import type { FastifyInstance } from "fastify";
import { DOCS_CSP, docsPage } from "./page";
import { RENDERER_PATH, rendererScript } from "./renderer";

/** `/openapi.json` (the contract's own document) and `/docs`, a page that renders it offline. */
export function registerDocs(app: FastifyInstance): void {
  let document: string | undefined;
  app.get("/openapi.json", async (_request, reply) => {
    document ??= JSON.stringify(openapi());
    return reply.type("application/json; charset=utf-8").header("cache-control", "no-cache").send(document);
  });
  app.get("/docs", async (_request, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("content-security-policy", DOCS_CSP)
      .header("x-content-type-options", "nosniff")
      .send(docsPage({ title: "Ghorfa API", specUrl: "/openapi.json" })),
  );
  app.get(RENDERER_PATH, async (_request, reply) =>
    reply
      .type("text/javascript; charset=utf-8")
      .header("cache-control", "public, max-age=86400")
      .header("x-content-type-options", "nosniff")
      .send(rendererScript()),
  );
}
