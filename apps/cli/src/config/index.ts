export { clientFor } from "./client";
export { configFilePath } from "./paths";
export { redact } from "./redact";
export {
  type ConfigFile,
  type ConfigFlags,
  type Profile,
  type ResolvedConfig,
  resolveConfig,
} from "./resolve";
