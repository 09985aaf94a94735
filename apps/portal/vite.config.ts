import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// Like every app in the repository, the portal reads the packages' sources (the `@ghorfa/source`
// export condition), in the dev server and in its build: each source file is a module of its own,
// so the first chunk holds only the modules the first page uses.
export default defineConfig(() => ({
  plugins: [react()],
  resolve: { conditions: ["@ghorfa/source", "module", "browser", "development|production"] },
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
