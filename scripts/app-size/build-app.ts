import { relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build, type Rolldown } from "vite";

export interface Size {
  /** Minified bytes. */
  bytes: number;
  /** Each file gzipped (level 9) on its own, as a server sends it, summed. */
  gzipped: number;
  /** The same with brotli at its highest quality, as a CDN may serve it. */
  brotli: number;
}

export interface AppBuild {
  /** The JS a page loads up front: the entry chunk and the chunks it imports statically. */
  initial: Size;
  /** The chunks loaded on demand (dynamic imports), all of them. */
  lazy: Size & { chunks: number };
  /** Every module in the output with the bytes it adds before minifying, largest first. */
  inputs: { id: string; bytes: number; lazy: boolean }[];
  /** The output JS, to look for what must not be there. */
  code: { initial: string; lazy: string };
}

const sizeOf = (chunks: Rolldown.OutputChunk[]): Size => ({
  bytes: chunks.reduce((sum, chunk) => sum + Buffer.byteLength(chunk.code), 0),
  gzipped: chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0),
  brotli: chunks.reduce(
    (sum, chunk) =>
      sum + brotliCompressSync(chunk.code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    0,
  ),
});

/** A module's id as a reader knows it: the npm package path, or the path from the repository. */
function shortId(id: string, repo: string): string {
  const inPackages = id.replace(/^\0/, "").replace(/^.*\/node_modules\//, "");
  return inPackages.startsWith("/") ? relative(repo, inPackages) : inPackages;
}

/**
 * Builds the app in `root` (its index.html) as `vite build` does for production, with Vite's
 * defaults: packages resolve through their `exports` to what they publish (`dist`), nothing external.
 */
export async function buildApp(root: string, repo: string): Promise<AppBuild> {
  const result = await build({
    root,
    configFile: false,
    mode: "production",
    logLevel: "silent",
    build: { write: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunks = outputs.flatMap((output) =>
    output.output.filter((file): file is Rolldown.OutputChunk => file.type === "chunk"),
  );
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<Rolldown.OutputChunk>();
  const visit = (chunk: Rolldown.OutputChunk | undefined) => {
    if (!chunk || initial.has(chunk)) return;
    initial.add(chunk);
    for (const name of chunk.imports) visit(byName.get(name));
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk);
  const lazy = chunks.filter((chunk) => !initial.has(chunk));
  const inputs = chunks.flatMap((chunk) =>
    Object.entries(chunk.modules)
      .filter(([, module]) => module.renderedLength > 0)
      .map(([id, module]) => ({
        id: shortId(id, repo),
        bytes: module.renderedLength,
        lazy: !initial.has(chunk),
      })),
  );
  return {
    initial: sizeOf([...initial]),
    lazy: { ...sizeOf(lazy), chunks: lazy.length },
    inputs: inputs.sort((a, b) => b.bytes - a.bytes),
    code: {
      initial: [...initial].map((chunk) => chunk.code).join("\n"),
      lazy: lazy.map((chunk) => chunk.code).join("\n"),
    },
  };
}
