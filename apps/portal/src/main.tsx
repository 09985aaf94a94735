import "./zod-jitless";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App";
import { initialLocale, prepareLocale } from "./i18n/locale";
import "./styles/app.css";

const locale = initialLocale();
await prepareLocale(locale);
// biome-ignore lint/style/noNonNullAssertion: index.html holds the root
createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <App locale={locale} />
  </StrictMode>,
);
