import { existsSync } from "node:fs";
import { chromium } from "playwright-core";

/** The Chromium the PDFs are printed with: CHROMIUM_PATH, else Debian's package. */
export function chromiumPath(env = process.env): string {
  const path = env.CHROMIUM_PATH ?? "/usr/bin/chromium";
  if (!existsSync(path)) throw new Error(`no Chromium at ${path}: install it or set CHROMIUM_PATH`);
  return path;
}

/**
 * Prints `html` to a PDF (bytes). The page size comes from the document's own @page rules
 * (preferCSSPageSize), so A5 or A4 is the stylesheet's choice, as when the portal prints.
 */
export async function htmlToPdf(html: string): Promise<Uint8Array> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: ["--no-sandbox"] });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ preferCSSPageSize: true, printBackground: false });
  } finally {
    await browser.close();
  }
}
