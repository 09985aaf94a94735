import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { type OutputChunk, rolldown } from "rolldown";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The CI budget of the client a browser app loads up front: the SDK's own code, what it takes of
 * the contract, and ky, minified and gzipped (zod and @ghorfa/schemas apart). ky is most of it:
 * ky 2 brings the retry by method, the jitter, the Retry-After reading and the total timeout the
 * SDK used to do itself, and much besides (rate-limit headers, forced retries, schema-checked
 * JSON, upload progress) that no tree shaking drops from its one class. What the SDK gave up to
 * it (its retry loop, attempt timers and clock) is about what its adapters to ky cost, so the
 * budget follows ky's own growth, with the same small margin as before.
 */
export const SDK_BUDGET_BYTES = 12 * 1024;

export interface BundleSize {
  /** Minified bytes. */
  bytes: number;
  gzipped: number;
  /** Bytes each input adds to the output, largest first. */
  inputs: [string, number][];
}

export interface Bundle {
  /** What a page loads up front: the entry chunk and the chunks it imports statically. */
  initial: BundleSize;
  /** Every chunk, the ones loaded on demand (the contract's schemas, for validation) included. */
  all: BundleSize;
}

const CLIENT_EXPORTS = `createClient, requestIdOf, GhorfaError, ApiError, ValidationError, UnauthorizedError,
  ForbiddenError, NotFoundError, ConflictError, InvalidTransitionError, PreconditionFailedError,
  PreconditionRequiredError, IdempotencyConflictError, RateLimitedError, NetworkError, TimeoutError,
  ContractError`;

// A browser app that makes a client and tells every error class apart: the SDK's client, all its
// errors and ky (federation and createClientFor are other exports, dropped by tree shaking).
const CLIENT = `import { ${CLIENT_EXPORTS} } from "@ghorfa/sdk";
globalThis.use?.(${CLIENT_EXPORTS});`;

// Every export of the SDK, the federation too.
const EVERYTHING = `export * from "@ghorfa/sdk";`;

// A browser app that validates answers, so the contract's schemas and zod are used.
const APP = `import { createClient } from "@ghorfa/sdk";
const client = createClient({ baseUrl: location.origin, validateResponses: true });
client.node.info().then((info) => console.log(info.chambers));`;

function size(chunks: OutputChunk[]): BundleSize {
  const code = chunks.map((chunk) => chunk.code).join("\n");
  const inputs = new Map<string, number>();
  for (const chunk of chunks) {
    for (const [path, { renderedLength }] of Object.entries(chunk.modules)) {
      const short = path.replace(/^.*node_modules\//, "").replace(`${root}/`, "");
      inputs.set(short, (inputs.get(short) ?? 0) + renderedLength);
    }
  }
  return {
    bytes: Buffer.byteLength(code),
    gzipped: gzipSync(code, { level: 9 }).length,
    inputs: [...inputs].filter(([, bytes]) => bytes > 0).sort((a, b) => b[1] - a[1]),
  };
}

/**
 * Bundles `entry` as Vite 8 builds a browser app for production: rolldown, the browser platform,
 * its oxc minifier, chunks split at dynamic imports.
 */
async function measure(entry: string, external: string[]): Promise<Bundle> {
  const id = "\0ghorfa-size-entry.js";
  const bundle = await rolldown({
    input: id,
    cwd: root,
    platform: "browser",
    external,
    resolve: { conditionNames: ["@ghorfa/source", "browser", "import", "default"] },
    logLevel: "silent",
    plugins: [
      {
        name: "entry",
        resolveId: (source) => (source === id ? id : null),
        load: (source) => (source === id ? entry : null),
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: "esm", minify: true });
    const chunks = output.filter((file): file is OutputChunk => file.type === "chunk");
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
    const initial = new Set<OutputChunk>();
    const visit = (chunk: OutputChunk | undefined) => {
      if (!chunk || initial.has(chunk)) return;
      initial.add(chunk);
      for (const name of chunk.imports) visit(byName.get(name));
    };
    visit(chunks.find((chunk) => chunk.isEntry));
    return { initial: size([...initial]), all: size(chunks) };
  } finally {
    await bundle.close();
  }
}

const EXTERNAL = ["zod", "@ghorfa/schemas"];

/** The client and its errors with ky and what they take of the contract; zod and @ghorfa/schemas external. */
export function clientBundle(): Promise<Bundle> {
  return measure(CLIENT, EXTERNAL);
}

/** Every export of the SDK (the federation too), zod and @ghorfa/schemas external. */
export function sdkBundle(): Promise<Bundle> {
  return measure(EVERYTHING, EXTERNAL);
}

/** Everything a browser app that validates answers downloads: the SDK, ky, the contract, the schemas, zod. */
export function appBundle(): Promise<Bundle> {
  return measure(APP, []);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  const line = (s: BundleSize) => `${kb(s.bytes)} minified, ${kb(s.gzipped)} gzipped (${s.gzipped} B)`;
  const client = await clientBundle();
  const sdk = await sdkBundle();
  const app = await appBundle();
  console.log(
    `Client and errors with ky (zod, @ghorfa/schemas external): ${line(client.initial)}; budget ${kb(SDK_BUDGET_BYTES)}`,
  );
  for (const [path, bytes] of client.initial.inputs.slice(0, 12)) console.log(`  ${path}: ${bytes} B`);
  console.log(`Every export, the federation too: ${line(sdk.initial)}`);
  console.log(
    `A browser app that validates, everything with zod: ${line(app.all)} (${line(app.initial)} up front)`,
  );
}
