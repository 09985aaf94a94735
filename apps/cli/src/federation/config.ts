import { readFile } from "node:fs/promises";
import * as z from "zod";
import { ConfigError } from "../errors";

/** A node of the federation's file: its URL, and its key inline or, better, by a variable's name. */
const NodeEntry = z.union([
  z.url(),
  z.object({ url: z.url(), apiKey: z.string().optional(), apiKeyEnv: z.string().optional() }),
]);

/** nodes.json: the nodes to ask, or a directory node that names them. */
export const FederationFile = z.union([
  z.object({ nodes: z.array(NodeEntry).min(1) }),
  z.object({ directory: z.url(), apiKey: z.string().optional(), apiKeyEnv: z.string().optional() }),
]);
export type FederationFile = z.infer<typeof FederationFile>;

export interface FederationConfig {
  nodes: string[] | { directory: string };
  /** The key of a node, by its URL as written in the file (normalized without a trailing slash). */
  keyOf: (node: string) => string | undefined;
}

const trim = (url: string) => url.replace(/\/+$/, "");

export async function readFederationFile(path: string, env = process.env): Promise<FederationConfig> {
  let parsed: FederationFile;
  try {
    parsed = FederationFile.parse(JSON.parse(await readFile(path, "utf8")));
  } catch (error) {
    const detail = error instanceof z.ZodError ? z.prettifyError(error) : (error as Error).message;
    throw new ConfigError("configBadFile", { path, detail }, { cause: error });
  }
  const keyFrom = (entry: { apiKey?: string | undefined; apiKeyEnv?: string | undefined }) =>
    entry.apiKey ?? (entry.apiKeyEnv ? env[entry.apiKeyEnv] : undefined) ?? env.GHORFA_API_KEY;
  if ("directory" in parsed) {
    const key = keyFrom(parsed);
    return { nodes: { directory: parsed.directory }, keyOf: () => key };
  }
  const keys = new Map<string, string | undefined>();
  const nodes = parsed.nodes.map((entry) => {
    const url = trim(typeof entry === "string" ? entry : entry.url);
    keys.set(url, typeof entry === "string" ? env.GHORFA_API_KEY : keyFrom(entry));
    return url;
  });
  return { nodes, keyOf: (node) => keys.get(trim(node)) };
}
