import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { README_URL, requirementsBlock, withRequirements } from "../scripts/readme-requirements";
import { REQUIREMENTS } from "./requirements";

it("lists the requirements of src/requirements.ts in the README (npm run readme rewrites it)", () => {
  const readme = readFileSync(README_URL, "utf8");
  expect(readme).toBe(withRequirements(readme));
});

it("writes one row a requirement, with its id, level and profile", () => {
  const block = requirementsBlock();
  for (const r of REQUIREMENTS) expect(block).toContain(`| \`${r.id}\` | ${r.level} | ${r.profile} |`);
});

it("refuses a README without the markers", () => {
  expect(() => withRequirements("# no markers")).toThrow(/lacks the markers/);
});
