// The SDK smoke test in a browser: builds the packages and the reference node, typechecks and
// builds the page in page/ with Vite as an adopter would (the packages' dist, through their
// exports), serves it with `vite preview` on an origin that proxies /api to a fresh reference
// node, opens it in headless Chromium (Debian's, driven by playwright-core) and asserts what the
// page wrote into the DOM, what it fetched, and that nothing else went wrong: no page error, no
// console error, no failed request. Stops everything it started, also on failure, when a
// screenshot and the page's HTML are kept in a temporary folder whose path is printed.
//
// Usage: npm run test:browser   (Chromium is the first `chromium` on the PATH)
import { spawnSync } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { build, preview } from "vite";
import { startReferenceNode } from "../reference-node.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = join(here, "..", "..");
const pageDir = join(here, "page");
const bin = join(repo, "node_modules", ".bin");
const work = mkdtempSync(join(tmpdir(), "ghorfa-browser-smoke-"));
process.on("exit", () => rmSync(work, { recursive: true, force: true, maxRetries: 3 }));

const MISSING_MEMBER = "mem_ma-09_01JQ3Z8K5V6W7X8Y9Z0A1B2C3D";
const NBSP = "\u00a0";
const RLM = "\u200f";
const [FSI, PDI] = ["\u2068", "\u2069"];

const started = performance.now();
async function step(name, task) {
  const start = performance.now();
  console.log(`::: ${name}`);
  const result = await task();
  console.log(`::: ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  return result;
}

function run(command, args) {
  const env = { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}` };
  const { status, error } = spawnSync(command, args, { cwd: repo, env, stdio: "inherit" });
  if (error) throw error;
  if (status !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${status}`);
}

function findChromium() {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    try {
      accessSync(join(dir, "chromium"), constants.X_OK);
      return join(dir, "chromium");
    } catch {}
  }
  throw new Error("no chromium on the PATH: apt-get install chromium fonts-noto-core");
}

// Everything started is stopped in reverse order, on success, failure or a signal. On a signal
// nothing else is printed: the checks that fail meanwhile fail only because things were stopped.
const stops = [];
let interrupted = false;
async function stopAll() {
  for (const stop of stops.splice(0).reverse()) await stop().catch((error) => console.error(error));
}
for (const [signal, number] of [
  ["SIGINT", 2],
  ["SIGTERM", 15],
]) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.log(`browser smoke: stopped by ${signal}`);
    stopAll().finally(() => process.exit(128 + number));
  });
}

// Invisible characters (spaces, direction marks and isolates) printed as escapes, so that a
// difference in them can be read.
const visible = (value) =>
  JSON.stringify(value)?.replace(
    /[\u00a0\u061c\u200b-\u200f\u202a-\u202f\u2066-\u2069]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/** The checks that passed and failed, printed as they are made. */
const tally = { passed: 0, failed: 0 };
function check(name, actual, expected) {
  if (interrupted) return;
  const same = JSON.stringify(actual) === JSON.stringify(expected);
  if (same) {
    tally.passed++;
    console.log(`ok ${name}`);
  } else {
    tally.failed++;
    console.log(`FAILED ${name}\n  expected ${visible(expected)}\n  got      ${visible(actual)}`);
  }
}

let page;
try {
  const executablePath = findChromium();
  await step("build the packages and the reference node", () =>
    run(join(bin, "turbo"), [
      "run",
      "build",
      "--filter=./packages/*",
      "--filter=@ghorfa/server",
      "--output-logs=errors-only",
    ]),
  );
  await step("typecheck the page against the packages' published types", () =>
    run(join(bin, "tsc"), ["-p", join(pageDir, "tsconfig.json")]),
  );
  const bundle = await step("build the page with Vite", () =>
    build({
      root: pageDir,
      configFile: false,
      logLevel: "warn",
      mode: "production",
      build: { outDir: join(work, "dist"), emptyOutDir: true },
    }),
  );
  const chunks = [bundle].flat().flatMap((output) => output.output.filter((file) => file.type === "chunk"));
  const modules = chunks.flatMap((chunk) => chunk.moduleIds.map((id) => id.slice(repo.length + 1)));
  const fromDist = (name) => modules.some((id) => id.startsWith(`packages/${name}/dist/`));
  // What an adopter's bundler takes: the built files, never the sources the repository runs on.
  check("the page bundles @ghorfa/sdk from dist", fromDist("sdk"), true);
  check("the page bundles @ghorfa/i18n from dist", fromDist("i18n"), true);
  check(
    "no module comes from a package's src",
    modules.filter((id) => /^packages\/[^/]+\/src\//.test(id)),
    [],
  );
  // The chunks the page loads on demand: the contract's schemas (validation) and the fr-MA catalog.
  const lazyChunk = (pattern) =>
    chunks.find((chunk) => !chunk.isEntry && chunk.moduleIds.some((id) => pattern.test(id)))?.fileName;
  const lazy = {
    schemas: lazyChunk(/packages\/contract\/dist\//),
    catalog: lazyChunk(/packages\/i18n\/dist\/catalogs\/fr-MA/),
  };
  check(
    "the contract's schemas and the fr-MA catalog are chunks of their own",
    Object.values(lazy).every(Boolean),
    true,
  );

  const node = await step("start the reference node", () => startReferenceNode());
  stops.push(node.stop);
  const sigtermListeners = process.listeners("SIGTERM");
  const server = await step("serve the page, with /api proxied to the node", () =>
    preview({
      root: pageDir,
      configFile: false,
      logLevel: "warn",
      build: { outDir: join(work, "dist") },
      preview: {
        host: "127.0.0.1",
        port: 0,
        strictPort: true,
        // The node sends no CORS headers: the page and the API share one origin, as behind a proxy.
        proxy: { "/api": { target: node.url, rewrite: (path) => path.replace(/^\/api/, "") } },
      },
    }),
  );
  stops.push(() => server.close());
  // vite preview exits the process on SIGTERM once it has closed; this script stops it itself,
  // after Chromium and before the node.
  for (const listener of process.listeners("SIGTERM"))
    if (!sigtermListeners.includes(listener)) process.off("SIGTERM", listener);
  const origin = server.resolvedUrls.local[0].replace(/\/$/, "");

  const context = await step(`start Chromium (${executablePath})`, () =>
    chromium.launchPersistentContext(join(work, "profile"), {
      executablePath,
      headless: true,
      // Stopped by this script, in its order (see stopAll), not by Playwright's own handlers.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Without the background-networking switches Chromium keeps calling Google's services.
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    }),
  );
  stops.push(() => context.close());

  page = context.pages()[0] ?? (await context.newPage());
  const problems = { pageErrors: [], consoleErrors: [], failedRequests: [] };
  const errorAnswers = [];
  const scripts = [];
  const memberPosts = [];
  page.on("pageerror", (error) => problems.pageErrors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error")
      problems.consoleErrors.push({ text: message.text(), url: message.location().url });
  });
  page.on("requestfailed", (request) =>
    problems.failedRequests.push(`${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
  );
  page.on("request", (request) => {
    const { pathname } = new URL(request.url());
    if (pathname.startsWith("/assets/") && pathname.endsWith(".js")) scripts.push(pathname.slice(1));
    if (request.method() === "POST" && pathname === "/api/chambers/ma-09/members")
      memberPosts.push(request.headers()["idempotency-key"]);
  });
  page.on("response", (response) => {
    const { pathname } = new URL(response.url());
    if (response.status() >= 400)
      errorAnswers.push({
        answer: `${response.request().method()} ${pathname} ${response.status()}`,
        url: response.url(),
      });
  });

  await step("open the page and wait for its checks", async () => {
    await page.goto(`${origin}/#key=${encodeURIComponent(node.apiKey)}`);
    await page.waitForSelector("body[data-state]", { timeout: 60_000 });
  });
  const state = await page.locator("body").getAttribute("data-state");
  const results = Object.fromEntries(
    await page
      .locator("[data-check]")
      .evaluateAll((items) => items.map((item) => [item.dataset.check, item.textContent.split("\n")])),
  );

  // What the node itself answers, to compare the page's rendering with.
  const listed = await fetch(`${node.url}/chambers/ma-09/members?limit=3`, {
    headers: { authorization: `Bearer ${node.apiKey}` },
  }).then((answer) => answer.json());
  const names = listed.items.map((member) => member.legalName);

  check("the page ran to its end", { state, fatal: results.fatal }, { state: "done", fatal: undefined });
  check("the members of ma-09 are rendered by name", results.members, names);
  check("MAD in ar-MA (ICU, document)", results["money-ar-MA"], [
    `${RLM}170.000,00${NBSP}د.م.${RLM}`,
    `170.000,00${NBSP}درهم`,
  ]);
  check("MAD in fr-MA (ICU, document)", results["money-fr-MA"], [
    `170.000,00${NBSP}MAD`,
    `170${NBSP}000,00${NBSP}DH`,
  ]);
  check("MAD, a date and a percentage in Tamazight (zgh), which Chromium's ICU lacks", results.zgh, [
    `170${NBSP}000,00${NBSP}MAD`,
    "15 ⵖⵓⵛⵜ 2025",
    `80${NBSP}%`,
  ]);
  check("a validated answer", results.validated, [names[0], "200"]);
  check("validation loaded the contract's schemas in the browser", scripts.includes(lazy.schemas), true);
  check("loadCatalogs fetched the fr-MA catalog", scripts.includes(lazy.catalog), true);
  check("an answer that breaks the contract is a ContractError", results["contract-error"], [
    "ContractError",
    "The answer to members.get breaks the contract",
  ]);
  check("a member that does not exist is a NotFoundError, titled in ar-MA", results["not-found"], [
    "NotFoundError",
    "404",
    "المورد غير موجود",
  ]);
  check(
    "a wrong ICE is a ValidationError, its message from the node (ar-MA) and i18n (fr-MA)",
    results.validation,
    [
      "ValidationError",
      "400",
      "/body/identifiers/ice",
      `${FSI}التعريف الموحد للمقاولة (ICE)${PDI}: رقما المراقبة في هذا التعريف الموحد للمقاولة (ICE) غير صحيحين.`,
      `${FSI}ICE${PDI}${NBSP}: la clé de contrôle de cet ICE (ses deux derniers chiffres) est fausse.`,
    ],
  );
  check("a create whose answer was lost is retried and written once", results["idempotent-create"], [
    "attempts 2, status 201",
    "replayed true",
    "repeated: same member true",
    "members with its ICE 1",
  ]);
  // In order: the invalid create, the create's two attempts, its repeat.
  check(
    "the retry and the repeat carry the create's Idempotency-Key, the invalid create its own",
    memberPosts.map((key) => (key === memberPosts.at(-1) ? "same key" : "another key")),
    ["another key", "same key", "same key", "same key"],
  );
  check(
    "the only error answers are the 404 and the 400 the page asked for",
    errorAnswers.map(({ answer }) => answer).sort(),
    [`GET /api/chambers/ma-09/members/${MISSING_MEMBER} 404`, "POST /api/chambers/ma-09/members 400"],
  );
  // Chromium logs every error answer to the console; those two are expected, nothing else.
  const expectedUrls = new Set(errorAnswers.map(({ url }) => url));
  const unexpected = problems.consoleErrors.filter(
    ({ text, url }) => !(expectedUrls.has(url) && /^Failed to load resource: .* status of 4\d\d/.test(text)),
  );
  check(
    "no page error, console error or failed request",
    { ...problems, consoleErrors: unexpected },
    {
      pageErrors: [],
      consoleErrors: [],
      failedRequests: [],
    },
  );
} catch (error) {
  if (interrupted) await new Promise(() => {}); // the signal handler ends the process
  tally.failed++;
  console.log(`FAILED ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
}

if (tally.failed > 0 && page) {
  const keep = mkdtempSync(join(tmpdir(), "ghorfa-browser-smoke-failure-"));
  try {
    await page.screenshot({ path: join(keep, "page.png"), fullPage: true });
    writeFileSync(join(keep, "page.html"), await page.content());
    console.log(`the page as it was: ${keep}/page.png and page.html`);
  } catch (error) {
    console.log(`no screenshot (${error})`);
  }
}
await stopAll();
console.log(`browser smoke: ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`browser-smoke: ${tally.passed} passed, ${tally.failed} failed`);
process.exit(tally.failed > 0 ? 1 : 0);
