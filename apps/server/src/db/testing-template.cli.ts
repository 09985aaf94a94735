import { buildTestTemplate } from "./testing-template";

// Run by the global setup in a child process with the `@ghorfa/source` condition, so the
// template is seeded from the workspace sources; prints the template as JSON.
const template = await buildTestTemplate();
process.stdout.write(`${JSON.stringify(template)}\n`);
