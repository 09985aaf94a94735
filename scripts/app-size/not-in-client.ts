/**
 * What no app's JS may hold: data and tools for servers, docs and tests, which a browser app that
 * uses our packages as documented must never download. A module is found by its path in the
 * build; code that tsup bundles into a package's one `dist` file is found by a text only it holds,
 * and the check first makes sure that text is still in the package's build, so a renamed example
 * cannot make this list pass by saying nothing.
 */
export interface Unwanted {
  what: string;
  /** A module path (as `build-app.ts` shortens it) that must not be in the output. */
  module?: RegExp;
  /** A text that must not be in the output, and the built file that holds it. */
  text?: { holder: string; marker: string };
  /** The apps it is checked in; all of them when absent. */
  apps?: readonly string[];
  /** Allowed in lazy chunks, not in what the page loads up front. */
  lazyOnly?: boolean;
}

export const NOT_IN_CLIENT: readonly Unwanted[] = [
  {
    // The client validates only when asked to, from a chunk loaded then (contract-schemas.ts).
    what: "zod, which only a validating client needs",
    module: /^zod\//,
    apps: ["sdk", "sdk-validating"],
    lazyOnly: true,
  },
  { what: "the demo fixtures (@ghorfa/schemas/fixtures)", module: /^packages\/schemas\/dist\/fixtures\// },
  {
    what: "the contract's route examples",
    text: { holder: "packages/contract/dist/index.js", marker: "Agadir front desk" },
  },
  {
    what: "amountInWords and its number grammars (@ghorfa/i18n)",
    text: { holder: "packages/i18n/dist/index.js", marker: "quatre-vingts" },
  },
  {
    what: "the contract's OpenAPI document and JSON Schema writer",
    text: { holder: "packages/contract/dist/index.js", marker: "/oas/3.1/dialect/base" },
  },
  {
    // The SDK's table of routes carries keys, methods and paths; validation needs only schemas.
    what: "the routes' summaries and descriptions",
    text: { holder: "packages/contract/dist/index.js", marker: "Register a member" },
    apps: ["sdk", "sdk-validating"],
  },
  {
    // tsup bundles the schemas into one file; scripts/build/pure-top-level.ts marks their
    // constants pure so that an app's bundler drops those it does not use.
    what: "the agreement schemas, in an app that checks only members",
    text: { holder: "packages/schemas/dist/index.js", marker: "A commitment's owner is one of the parties" },
    apps: ["schemas"],
  },
];
