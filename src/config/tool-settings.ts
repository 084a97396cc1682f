// The settings the tools receive, as plain values taken from Config (tools never read config).

import type { ToolSettings } from '../tools/services.js';
import type { Config } from './load-config.js';

export function toolSettings(config: Config): ToolSettings {
  return {
    defaultRegion: config.region,
    ...(config.profile ? { profile: config.profile } : {}),
    maxOutputCharacters: config.maxOutputCharacters,
    maxAttempts: config.maxAttempts,
    autoApproveDestructive: config.autoApproveDestructive,
    endpointOverrides: config.endpointOverrides,
  };
}
