import type { CommandDef } from "citty";

/**
 * The commands of `ghorfa`, each loaded when it runs: `ghorfa receipt` does not load the importer.
 * One line per command; the command's file is named after it.
 */
export const commands: Record<string, () => Promise<CommandDef>> = {
  import: () => import("./import").then((m) => m.default),
  receipt: () => import("./receipt").then((m) => m.default as CommandDef),
  report: () => import("./report").then((m) => m.default as CommandDef),
  export: () => import("./export").then((m) => m.default as CommandDef),
  federation: () => import("./federation").then((m) => m.default as CommandDef),
  completion: () => import("./completion").then((m) => m.default as CommandDef),
};
