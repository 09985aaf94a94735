import { direction, type Locale, loadCatalog } from "@ghorfa/i18n";
import { renderToStaticMarkup } from "react-dom/server";
// The portal's own printable receipt and stylesheet, from its source: tsup bundles both into the
// CLI (the stylesheet as text), so the PDF is the page the portal prints, not a second copy of it.
import {
  type Paper,
  type ReceiptData,
  ReceiptDocument,
} from "../../../portal/src/pages/receipts/ReceiptDocument";
import portalCss from "../../../portal/src/styles/app.css";

export type { Paper, ReceiptData };

// Chromium prints with the print media rules (the sheet's border and padding dropped, its @page
// size chosen by data-paper); the canvas colour of the portal's screen stays off the paper. Every
// stack names a Noto face for each script a receipt may hold (a premises' Arabic name on a Tifinagh
// page), so no glyph falls to whatever the system's sans-serif is. Noto Sans Tifinagh has no bold:
// a bold Chromium synthesizes is printed as a Type 3 font (outlines without a font), so Tifinagh
// stays regular on paper.
const PRINT_CSS = `
:root { background: #fff; }
:lang(ar-MA), [lang="ar-MA"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Noto Sans", sans-serif; }
[lang="zgh"] { font-family: "Noto Sans Tifinagh", "Noto Sans", "Noto Sans Arabic", sans-serif; font-synthesis: none; }
[lang="fr-MA"], [lang="en"] { font-family: "Noto Sans", "Noto Sans Arabic", sans-serif; }
`;

/** The whole HTML document of a receipt: the portal's ReceiptDocument with the portal's CSS inlined. */
export async function receiptHtml(
  receipt: ReceiptData,
  locale: Locale,
  paper: Paper = "a5",
): Promise<string> {
  // The enum labels (payment kind and method) come from the locale's catalog.
  await loadCatalog(locale);
  const body = renderToStaticMarkup(ReceiptDocument({ receipt, locale, paper }));
  return `<!doctype html>
<html lang="${locale}" dir="${direction(locale)}">
<head><meta charset="utf-8"><title>${receipt.payment.receiptNumber}</title>
<style>${portalCss}</style>
<style>${PRINT_CSS}</style>
</head>
<body>${body}</body>
</html>`;
}
