import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** vitest globalSetup: builds dist/main.js, the bin the tests run as child processes. */
export default function build(): void {
  execFileSync("npx", ["tsup"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: "ignore" });
}
