import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The portal is built as an adopter builds an app: the packages' published files (their `dist`,
// through their exports), so its size is the size a chamber's copy of it would have. The dev
// server reads the packages' sources instead, so a change in them shows at once.
export default defineConfig(({ command }) => ({
  plugins: [react()],
  resolve:
    command === "serve"
      ? { conditions: ["@ghorfa/source", "module", "browser", "development|production"] }
      : {},
  build: {
    target: "es2022",
    // The budget check reads which chunks the dashboard loads from the manifest.
    manifest: true,
    sourcemap: true,
    reportCompressedSize: false,
  },
  server: {
    // `npm run dev -w @ghorfa/portal` beside a node on :8080: the API is proxied, the session cookie
    // stays first-party.
    proxy: Object.fromEntries(
      ["/chambers", "/auth", "/admin", "/.well-known", "/openapi.json"].map((path) => [
        path,
        { target: process.env.GHORFA_NODE_URL ?? "http://localhost:8080", changeOrigin: false },
      ]),
    ),
  },
}));
