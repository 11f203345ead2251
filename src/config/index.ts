export { findConfigFile } from "./find-config-file.js";
export { loadProjectConfig, parseProjectConfig } from "./load-project-config.js";
export { CONFIG_FILE_NAME, DEFAULT_PROFILE, type ConfiguredWaiver, type LoadOptions, type ProjectConfig } from "./types.js";
