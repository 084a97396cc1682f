// The settings the tools receive, as plain values taken from Config (tools never read config).

import { peekPolicyMode } from '../policy/peek-mode.js';
import type { ToolSettings } from '../tools/services.js';
import type { Config } from './load-config.js';
import { SERVER_NAME, SERVER_VERSION } from './product.js';

export function toolSettings(config: Config): ToolSettings {
  return {
    defaultRegion: config.region,
    ...(config.profile ? { profile: config.profile } : {}),
    maxOutputCharacters: config.maxOutputCharacters,
    maxAttempts: config.maxAttempts,
    maxBatchCalls: config.maxBatchCalls,
    script: { timeoutMs: config.scriptTimeoutSeconds * 1000, maxCalls: config.scriptMaxCalls },
    autoApproveDestructive: config.autoApproveDestructive,
    approvalWaitMs: config.approvalWaitSeconds * 1000,
    policyMode: peekPolicyMode(config.policyPath),
    endpointOverrides: config.endpointOverrides,
    userAgent: {
      product: { name: SERVER_NAME, version: SERVER_VERSION },
      ...(config.uaAppId ? { appId: config.uaAppId } : {}),
    },
  };
}
