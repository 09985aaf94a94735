import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import * as z from "zod";
import { App } from "./app/App";
import { initialLocale, prepareLocale } from "./i18n/locale";
import "./styles/app.css";

// The node's CSP has no 'unsafe-eval': zod would try `new Function` to compile faster parsers the
// first time a page parses with an object schema, and the browser reports the refusal as an error.
z.config({ jitless: true });

const locale = initialLocale();
await prepareLocale(locale);
// biome-ignore lint/style/noNonNullAssertion: index.html holds the root
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App locale={locale} />
  </StrictMode>,
);
