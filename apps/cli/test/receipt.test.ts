import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { amountInWords, type Locale } from "@ghorfa/i18n";
import { createClient } from "@ghorfa/sdk";
import { startNode, type TestNode } from "@ghorfa/testing/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./run-cli";

// Kept (git-ignored) so that a reviewer can look at the page the test printed.
const RESULTS = new URL("../test-results/", import.meta.url);

let node: TestNode;
let key: string;
let receiptNumber: string;
let amount: { amount: number; currency: string };
const dir = mkdtempSync(join(tmpdir(), "ghorfa-receipt-"));

beforeAll(async () => {
  node = await startNode();
  key = await node.key("ma-09");
  const ccis = createClient({ baseUrl: node.url, apiKey: key }).chamber("ma-09");
  const { items: leases } = await ccis.leases.list({ limit: 50 });
  for (const lease of leases) {
    const { items } = await ccis.leases.payments.list(lease.id, { limit: 1 });
    const payment = items[0];
    if (payment) {
      receiptNumber = payment.receiptNumber;
      amount = payment.amount;
      break;
    }
  }
  expect(receiptNumber).toBeTruthy();
  mkdirSync(RESULTS, { recursive: true });
});

afterAll(() => node?.close());

/** The PDF's text with its line breaks and layout spaces folded into single spaces. */
function pdfText(file: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
}

async function print(locale: Locale, paper = "a5"): Promise<string> {
  const file = join(dir, `${receiptNumber}-${locale}-${paper}.pdf`);
  const result = await runCli(
    ["receipt", receiptNumber, "--pdf", file, "--locale", locale, "--paper", paper, "--chamber", "ma-09"],
    { GHORFA_BASE_URL: node.url, GHORFA_API_KEY: key },
  );
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return file;
}

describe("ghorfa receipt --pdf", () => {
  it.each(["ar-MA", "fr-MA", "zgh", "en"] as const)(
    "prints the %s receipt: number and amount in words as text",
    async (locale) => {
      const file = await print(locale);
      expect(readFileSync(file).subarray(0, 5).toString()).toBe("%PDF-");
      const text = pdfText(file);
      // Extracted in logical order, word for word: no glyph fell back to .notdef or a box.
      expect(text).toContain(receiptNumber);
      expect(text).toContain(amountInWords(amount, locale).replace(/\s+/g, " "));
      const fonts = execFileSync("pdffonts", [file], { encoding: "utf8" })
        .split("\n")
        .slice(2)
        .filter(Boolean);
      expect(fonts.length).toBeGreaterThan(0);
      for (const line of fonts) {
        expect(line).toMatch(/Noto/);
        // The "emb" column: every font is embedded.
        expect(line).toMatch(/\byes\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/);
      }
      const png = join(new URL(RESULTS).pathname, `receipt-${locale}`);
      execFileSync("pdftoppm", ["-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", file, png]);
      expect(readFileSync(`${png}.png`).subarray(1, 4).toString()).toBe("PNG");
    },
  );

  it("prints A5 by default and A4 on request", async () => {
    const size = async (paper: string) => {
      const info = execFileSync("pdfinfo", [await print("fr-MA", paper)], { encoding: "utf8" });
      return (/Page size:\s+([\d.]+) x ([\d.]+)/.exec(info) ?? []).slice(1, 3).map(Number);
    };
    // In points: A5 is 148 × 210 mm, A4 210 × 297 mm.
    // Chromium rounds the page to whole CSS pixels, hence the point of slack.
    const near = (actual: number[], expected: number[]) =>
      expect(actual.map((v, i) => Math.abs(v - (expected[i] ?? 0)) < 1)).toEqual([true, true]);
    near(await size("a5"), [419.5, 595.3]);
    near(await size("a4"), [595.3, 841.9]);
  });

  it("says so and fails when the receipt does not exist", async () => {
    const result = await runCli(
      ["receipt", "2026-999999", "--pdf", join(dir, "none.pdf"), "--chamber", "ma-09"],
      { GHORFA_BASE_URL: node.url, GHORFA_API_KEY: key },
    );
    // The node answered 404: an item failed, exit 1.
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/404/);
  });
});
