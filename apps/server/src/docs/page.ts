import { RENDERER_PATH } from "./renderer";

/**
 * The docs page loads nothing from another origin: RapiDoc is served by the node itself, its web
 * fonts are turned off (`load-fonts="false"`, system fonts instead), and the Content-Security-Policy
 * below makes the browser refuse any other origin, so the page works offline and leaks no visit.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join("; ");

const SYSTEM_FONTS = "system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans Arabic', sans-serif";
const MONO_FONTS = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace";

export function docsPage({ title, specUrl }: { title: string; specUrl: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<script type="module" src="${RENDERER_PATH}"></script>
</head>
<body>
<rapi-doc spec-url="${escapeHtml(specUrl)}" load-fonts="false" regular-font="${SYSTEM_FONTS}" mono-font="${MONO_FONTS}"
  render-style="read" show-header="false" allow-server-selection="false" allow-authentication="true"
  schema-style="table" default-schema-tab="schema" theme="light" primary-color="#0b6e4f"></rapi-doc>
</body>
</html>
`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
