import { homedir } from "node:os";
import { join } from "node:path";

/** Where the profiles file lives: the user's config folder, as each platform names it. */
export function configFilePath(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.GHORFA_CONFIG) return env.GHORFA_CONFIG;
  if (platform === "win32" && env.APPDATA) return join(env.APPDATA, "ghorfa", "config.json");
  const base = env.XDG_CONFIG_HOME || join(env.HOME || homedir(), ".config");
  return join(base, "ghorfa", "config.json");
}
