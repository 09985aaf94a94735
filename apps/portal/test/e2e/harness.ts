import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import AxeBuilder from "@axe-core/playwright";
import type { Locale } from "@ghorfa/i18n";
import type { AccountRole } from "@ghorfa/schemas";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { expect, inject } from "vitest";

export const node = inject("node");
const SCREENSHOTS = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "test-results", "screenshots");

/** Debian's Chromium, headless, with nothing that would try to reach the network on its own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
}

export const emailOf = (role: AccountRole) => `${role}@demo.cci-sm.ma`;

/** A page of the portal and what went wrong on it that no test asked for. */
export interface PortalPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, failed requests and error answers, as lines. */
  readonly problems: string[];
  /** Every request the page sent to the node's API, as "METHOD /path?query". */
  readonly apiCalls: string[];
  /** Lets an answer of `status` whose URL contains `fragment` pass (a 400 the test provokes). */
  expectFailure(status: number, fragment: string): void;
  /** Asserts that nothing went wrong, then closes the context. */
  close(): Promise<void>;
}

export interface OpenOptions {
  locale?: Locale;
  /** Signed in as the demo account of this role (through the API, before the first page loads). */
  as?: AccountRole;
  /** The first address to open; none opens nothing. */
  path?: string;
}

/** Signs a context in through the API: what the sign-in page does, without its keystrokes. */
export async function signInContext(context: BrowserContext, role: AccountRole) {
  const answer = await context.request.post(`${node.url}/auth/sign-in`, {
    data: { chamberId: "ma-09", email: emailOf(role), password: node.password },
    headers: { origin: node.url },
  });
  expect(answer.status(), await answer.text()).toBe(200);
}

export async function openPortal(browser: Browser, options: OpenOptions = {}): Promise<PortalPage> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, baseURL: node.url });
  if (options.locale) {
    const locale = options.locale;
    await context.addInitScript((value) => {
      if (!localStorage.getItem("ghorfa.locale")) localStorage.setItem("ghorfa.locale", value);
    }, locale);
  }
  if (options.as) await signInContext(context, options.as);
  const page = await context.newPage();
  const problems: string[] = [];
  const apiCalls: string[] = [];
  const allowed: { status: number; fragment: string }[] = [];
  const isAllowed = (status: number, url: string) =>
    allowed.some((rule) => rule.status === status && url.includes(rule.fragment));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const text = message.text();
    // Chromium reports every error answer on the console too; the answer itself is judged below.
    if (/Failed to load resource: the server responded with a status of \d+/.test(text)) return;
    problems.push(`console: ${text}`);
  });
  page.on("pageerror", (error) => problems.push(`page error: ${error.message}`));
  page.on("requestfailed", (request) => {
    // A navigation away cancels what the previous page was still loading: not a failure.
    if (request.failure()?.errorText === "net::ERR_ABORTED") return;
    problems.push(`failed: ${request.method()} ${request.url()} ${request.failure()?.errorText}`);
  });
  page.on("request", (request) => {
    const url = new URL(request.url());
    if (url.origin === node.url && request.resourceType() === "fetch")
      apiCalls.push(`${request.method()} ${url.pathname}${url.search}`);
  });
  page.on("response", (response) => {
    const status = response.status();
    if (status >= 400 && !isAllowed(status, response.url())) {
      problems.push(`answer ${status}: ${response.request().method()} ${response.url()}`);
    }
  });
  if (options.path) await page.goto(options.path);
  return {
    page,
    context,
    problems,
    apiCalls,
    expectFailure: (status, fragment) => allowed.push({ status, fragment }),
    async close() {
      await context.close();
      expect(problems, "console errors, page errors or failed requests").toEqual([]);
    },
  };
}

/** A screenshot of the whole page into test-results/screenshots (git-ignored), named by page and locale. */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const locale = await page.evaluate(() => document.documentElement.lang);
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.${locale}.png`), fullPage: true });
}

/** axe-core on the page as it is: no serious or critical violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const grave = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    grave.map(
      (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
    ),
  ).toEqual([]);
}

/** Waits until the page has settled: no spinner, no request in flight. */
export async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("networkidle");
  await expect.poll(() => page.locator(".state-loading").count()).toBe(0);
}

/** Text without the isolation marks (FSI…PDI) the portal puts around the values it formats. */
export const plain = (text: string | null) => text?.replace(/[\u2066-\u2069]/g, "");
