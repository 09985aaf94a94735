import { fileURLToPath } from "node:url";
import { runReadmeExample } from "@ghorfa/testing/run-script";
import { it } from "vitest";

// Every example of the README runs as written, from the package folder (where `@ghorfa/schemas`
// resolves to its source), on the tests' runtime: its assertions must pass.
const root = fileURLToPath(new URL("..", import.meta.url));

it.each([
  { section: "the first", heading: undefined, mentions: 'from "@ghorfa/schemas"' },
  { section: "the domain rules", heading: "### Domain rules", mentions: 'from "@ghorfa/schemas/fixtures"' },
  { section: "the services", heading: "## Services, holidays and working days", mentions: "addWorkingDays" },
  { section: "the quality label", heading: "## Quality labels", mentions: "decisionRefusal" },
  { section: "the events", heading: "## Events and registrations", mentions: "placeRegistration" },
])("runs $section README example as written, its assertions passing", async ({ heading, mentions }) => {
  await runReadmeExample(root, { heading, mentions });
});
