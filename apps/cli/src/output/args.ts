import type { ArgsDef } from "citty";

/** The flags every command that talks to a node takes (resolved by src/config). */
export const connectionArgs = {
  chamber: { type: "string", description: "The chamber, e.g. ma-09 (or GHORFA_CHAMBER)" },
  locale: {
    type: "string",
    description: "Language of the output: ar-MA (default), fr-MA, en, zgh (or LANG)",
  },
  "base-url": { type: "string", description: "The node's URL (or GHORFA_BASE_URL)" },
  "api-key": { type: "string", description: "An API key (or GHORFA_API_KEY); never printed" },
  profile: { type: "string", description: "A named profile of the config file (or GHORFA_PROFILE)" },
} as const satisfies ArgsDef;

export interface ConnectionArgs {
  chamber?: string | undefined;
  locale?: string | undefined;
  "base-url"?: string | undefined;
  "api-key"?: string | undefined;
  profile?: string | undefined;
}

export const configFlags = (args: ConnectionArgs) => ({
  baseUrl: args["base-url"],
  apiKey: args["api-key"],
  profile: args.profile,
  chamber: args.chamber,
  locale: args.locale,
});
