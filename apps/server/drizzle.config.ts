import { defineConfig } from "drizzle-kit";

// `npm run db:generate -w @ghorfa/server` writes a new migration into drizzle/ after a change
// to the schema; the node applies them at start (src/db/migrate.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./src/db/schema.ts",
  out: "./drizzle",
});
