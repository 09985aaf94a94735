import { fileURLToPath } from "node:url";
import { runReadmeExample } from "@ghorfa/testing/run-script";
import { it } from "vitest";

// Every example of the README runs as written, from the package folder (where `@ghorfa/contract`
// resolves to its source), on the tests' runtime: its assertions must pass.
const root = fileURLToPath(new URL("..", import.meta.url));

it.each([
  { section: "the first", heading: undefined, mentions: 'from "@ghorfa/contract"' },
  { section: "the services platform", heading: "## Services platform", mentions: 'from "@ghorfa/contract"' },
  { section: "the quality label", heading: "## Quality labels", mentions: "labels.verify" },
  { section: "the events", heading: "## Events and registrations", mentions: "events.upcoming" },
])("runs $section README example as written, its assertions passing", async ({ heading, mentions }) => {
  await runReadmeExample(root, { heading, mentions });
});
