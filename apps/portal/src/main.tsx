import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { initialLocale, prepareLocale } from "./i18n/locale";
import "./styles/app.css";

// zod's jitless setting (the node's CSP has no 'unsafe-eval') is public/zod-jitless.js, a classic
// script that runs before any module: a setting here would come after the chunks that build schemas.
const locale = initialLocale();
await prepareLocale(locale);
// biome-ignore lint/style/noNonNullAssertion: index.html holds the root
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App locale={locale} />
  </StrictMode>,
);
