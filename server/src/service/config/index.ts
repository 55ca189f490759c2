export { parseConfig, CONFIG_KEYS } from './configFile';
export { resolveConfig, settingsForFile, isInside, type ConfigIo, type ResolvedConfig } from './resolve';
export type { ConfigProblem, HuashuConfig } from './types';
export { configMessages } from './messages';
export { configDiagnostics, settingsForConfigFile } from './diagnostics';
