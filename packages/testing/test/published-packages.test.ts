import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  documentedClientEngines,
  type PackageJson,
  publishedPackages,
  publishingBreaches,
  repoRoot,
  zodPeerRanges,
} from "../src/published-packages";

describe("the packages this repository publishes", () => {
  const published = publishedPackages();

  it("are the client packages, the conformance kit and the CLI, and not the private ones", () => {
    const names = published.map(({ manifest }) => manifest.name);
    expect(names).toEqual(
      expect.arrayContaining([
        "@ghorfa/schemas",
        "@ghorfa/i18n",
        "@ghorfa/contract",
        "@ghorfa/sdk",
        "@ghorfa/conformance",
        "@ghorfa/cli",
      ]),
    );
    expect(names).not.toContain("@ghorfa/testing");
    expect(names).not.toContain("@ghorfa/server");
  });

  it.each(published.map((workspace) => [workspace.manifest.name, workspace] as const))(
    "%s holds what an adopter installing it from npm needs",
    (_, workspace) => {
      expect(publishingBreaches(workspace)).toEqual([]);
    },
  );

  it("ask one zod range, and name one repository", () => {
    expect(new Set(zodPeerRanges().values()).size).toBe(1);
    expect(new Set(published.map(({ manifest }) => manifest.repository?.url)).size).toBe(1);
  });
});

describe("the publishing policy", () => {
  let root: string;
  /** The SDK's manifest, as a package of its own with no sibling dependencies. */
  function template(): PackageJson {
    const sdk = publishedPackages().find(({ manifest }) => manifest.name === "@ghorfa/sdk");
    const manifest = structuredClone(sdk?.manifest) as PackageJson;
    return {
      ...manifest,
      name: "@ghorfa/demo",
      dependencies: { ky: "^2.0.0" },
      repository: { ...manifest.repository, directory: "packages/demo" },
    };
  }
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  /** A scratch repository with one package, `packages/demo`, as compliant as the real ones. */
  function scratch(change: Partial<PackageJson> = {}): string {
    root = mkdtempSync(join(tmpdir(), "ghorfa-policy-"));
    writeFileSync(join(root, "LICENSE"), readFileSync(join(repoRoot, "LICENSE")));
    writeFileSync(join(root, "README.md"), readFileSync(join(repoRoot, "README.md")));
    mkdirSync(join(root, "packages/demo"), { recursive: true });
    writeFileSync(join(root, "packages/demo/LICENSE"), readFileSync(join(repoRoot, "LICENSE")));
    writeFileSync(join(root, "packages/demo/README.md"), "# demo\n");
    const manifest = { ...template(), ...change };
    writeFileSync(join(root, "packages/demo/package.json"), JSON.stringify(manifest));
    return root;
  }
  const breachesOf = (at: string) => publishingBreaches(publishedPackages(at)[0] as never, at);

  it("passes a package that complies", () => {
    expect(breachesOf(scratch())).toEqual([]);
  });

  it("passes a tool (a package with a bin) without zod", () => {
    expect(breachesOf(scratch({ bin: { demo: "./dist/cli.js" }, peerDependencies: undefined }))).toEqual([]);
  });

  const files = template().files?.filter((file) => file !== "LICENSE");
  it.each<[string, Partial<PackageJson>, RegExp]>([
    ["another license", { license: "ISC" }, /license is ISC/],
    ["no LICENSE in files", { files }, /leaves out LICENSE/],
    [
      "engines the README does not give",
      { engines: { node: ">=20" } },
      /engines.node is >=20, the README says >=22/,
    ],
    ["zod as a dependency", { dependencies: { zod: "^4.6.0" } }, /zod is a dependency/],
    ["no zod peer", { peerDependencies: {} }, /zod is not a peer dependency/],
    ["side effects", { sideEffects: true }, /sideEffects/],
    ["CommonJS by default", { type: "commonjs" }, /"type" is not "module"/],
    [
      "types after default",
      {
        exports: {
          ".": { import: { default: "./dist/index.js", types: "./dist/index.d.ts" } },
          "./package.json": "./package.json",
        },
      },
      /exports \. > import: "types" must come first/,
    ],
    [
      "no ./package.json export",
      { exports: { ".": "./dist/index.js" } },
      /does not export "\.\/package.json"/,
    ],
    ["no top-level types", { types: undefined }, /no top-level "types"/],
    [
      "another folder",
      { repository: { directory: "packages/other" } },
      /repository.directory is packages\/other/,
    ],
    [
      "an unpublished sibling",
      { dependencies: { "@ghorfa/testing": "^0.0.0" } },
      /depends on @ghorfa\/testing, which is not published/,
    ],
    [
      "a tool with a peer dependency",
      { bin: { demo: "./dist/cli.js" }, peerDependencies: { zod: "^4.5.0" } },
      /a tool has peer dependencies/,
    ],
  ])("reports %s", (_, change, message) => {
    const breaches = breachesOf(scratch(change));
    expect(breaches).toHaveLength(1);
    expect(breaches[0]).toMatch(message);
  });

  it("reports a LICENSE that differs from the root's, and a README without the runtimes row", () => {
    const at = scratch();
    writeFileSync(join(at, "packages/demo/LICENSE"), "All rights reserved\n");
    writeFileSync(join(at, "README.md"), "# Ghorfa\n");
    expect(documentedClientEngines(at)).toBeUndefined();
    expect(breachesOf(at)).toEqual([
      "@ghorfa/demo: its LICENSE differs from the root's",
      "@ghorfa/demo: the root README's runtimes table gives no engines for the client packages",
    ]);
  });
});
