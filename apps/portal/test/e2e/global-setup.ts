import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { TestProject } from "vitest/node";
// @ts-expect-error: a plain .mjs script of the repository, without declarations
import { startReferenceNode } from "../../../../scripts/reference-node.mjs";

const portalDist = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "dist", "index.html");

export interface NodeUnderTest {
  url: string;
  apiKey: string;
  password: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    node: NodeUnderTest;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(portalDist))
    throw new Error("the portal is not built: run `npm run test:portal` from the root");
  const node = await startReferenceNode();
  project.provide("node", { url: node.url, apiKey: node.apiKey, password: node.password });
  return () => node.stop();
}
