import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
// @ts-expect-error: a plain ES module of the repository's scripts, without declarations
import { startReferenceNode } from "../scripts/reference-node.mjs";
import type { Benchmark, Comparison } from "./harness";

// The portal's dashboard (issue: CCIS Connect's staff dashboard): how long Debian's Chromium takes
// from navigation to the dashboard's figures on screen (the page's "ghorfa:dashboard-ready" mark,
// set once the overview and the chamber are rendered), on the demo data of the reference node
// serving the built portal. Baseline in the same run: the sign-in page's first render (its form
// on screen), the same app, frame and catalog without a request to the node. Each visit is a
// new browser context (no HTTP cache: every chunk is fetched), the median of ROUNDS after a
// warm-up. Reported, never asserted.

const ROUNDS = 15;
const MONTH = "2026-01";
const here = dirname(fileURLToPath(import.meta.url));
const portalIndex = join(here, "..", "apps", "portal", "dist", "index.html");

interface ReferenceNode {
  url: string;
  apiKey: string;
  password: string;
  stop(): Promise<void>;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Milliseconds from navigation to the sign-in form on screen, as the page's clock says. */
async function signInPage(browser: Browser, url: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    // The moment the password field is in the document, seen by an observer set before any script.
    // A string, not a function: tsx would wrap a function's inner names in a helper the page lacks.
    await context.addInitScript(`
      const observer = new MutationObserver(() => {
        if (document.querySelector("input[type=password]")) {
          window.__ready ??= performance.now();
          observer.disconnect();
        }
      });
      observer.observe(document, { childList: true, subtree: true });
    `);
    const page = await context.newPage();
    await page.goto(`${url}/sign-in`);
    const handle = await page.waitForFunction(() => (window as unknown as { __ready?: number }).__ready);
    return (await handle.jsonValue()) as number;
  } finally {
    await context.close();
  }
}

/** Milliseconds from navigation to the dashboard's figures, and the requests it sent the node. */
async function dashboard(
  browser: Browser,
  url: string,
  storageState: Awaited<ReturnType<import("playwright-core").BrowserContext["storageState"]>>,
): Promise<{ ms: number; calls: number }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, storageState });
  try {
    const page = await context.newPage();
    let calls = 0;
    page.on("request", (request) => {
      if (request.resourceType() === "fetch") calls += 1;
    });
    await page.goto(`${url}/?month=${MONTH}`);
    const handle = await page.waitForFunction(
      () => performance.getEntriesByName("ghorfa:dashboard-ready", "mark")[0]?.startTime,
    );
    return { ms: (await handle.jsonValue()) as number, calls };
  } finally {
    await context.close();
  }
}

const bench: Benchmark = {
  name: "CCIS Connect: the staff dashboard's first render in Chromium (demo data)",
  async run(): Promise<Comparison[]> {
    if (!existsSync(portalIndex))
      throw new Error(
        "the portal is not built: npx turbo run build --filter=@ghorfa/portal --filter=@ghorfa/server",
      );
    const node = (await startReferenceNode()) as ReferenceNode;
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
    try {
      const signedIn = await browser.newContext();
      const answer = await signedIn.request.post(`${node.url}/auth/sign-in`, {
        data: { chamberId: "ma-09", email: "manager@demo.cci-sm.ma", password: node.password },
        headers: { origin: node.url },
      });
      if (answer.status() !== 200) throw new Error(`sign-in: ${answer.status()} ${await answer.text()}`);
      const storageState = await signedIn.storageState();
      await signedIn.close();

      const figures: number[] = [];
      const baselines: number[] = [];
      let calls = 0;
      // One warm-up visit each (the node's first answers, Chromium's first start of a renderer).
      for (let round = 0; round <= ROUNDS; round++) {
        const visit = await dashboard(browser, node.url, storageState);
        const baseline = await signInPage(browser, node.url);
        if (round === 0) continue;
        figures.push(visit.ms);
        baselines.push(baseline);
        calls = Math.max(calls, visit.calls);
      }
      console.log(
        `  ${ROUNDS} visits each: dashboard ${Math.min(...figures).toFixed(0)}–${Math.max(...figures).toFixed(0)} ms, sign-in ${Math.min(...baselines).toFixed(0)}–${Math.max(...baselines).toFixed(0)} ms; at most ${calls} requests to the node per dashboard visit`,
      );
      return [
        {
          name: "median time from navigation to the dashboard's figures on screen",
          unit: "ms",
          figure: median(figures),
          baseline: median(baselines),
          baselineName: "the sign-in page's first render",
        },
      ];
    } finally {
      await browser.close();
      await node.stop();
    }
  },
};

export default bench;
