import { join } from "node:path";
import { runReadmeExample } from "@ghorfa/testing/run-script";
import { it } from "vitest";

// The README's events section has its own example, run as written (the first is readme.test.ts's).
const root = join(import.meta.dirname, "..");

it("runs the README's events example as written, its assertions passing", async () => {
  await runReadmeExample(root, { heading: "### Events and registrations", mentions: "RegistrationStatus" });
});
