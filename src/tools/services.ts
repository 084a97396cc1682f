// Everything the tools need, injected by the composition root (main.ts). Tools never read config
// or the environment: settings arrive here as plain values.

import type { ScriptLimits } from '../sandbox/types.js';
import type { Catalog } from '../catalog/types.js';
import type { Logger } from '../logging/logger.js';
import type { RateLimiter } from '../policy/rate-limit.js';
import type { Policy } from '../policy/types.js';
import type { SearchIndex } from '../search/types.js';
import type { UserAgentInfo } from '../execution/user-agent.js';
import type { ApprovalTokens, AuditTrail } from '../state/ports.js';
import type { ToolRuntime } from './runtime.js';

export interface ToolSettings {
  readonly defaultRegion: string;
  /** AWS_PROFILE, when set: the profile calls use unless they name another. */
  readonly profile?: string;
  readonly maxOutputCharacters: number;
  readonly maxAttempts: number;
  /** AWS_MCP_MAX_BATCH_CALLS (default 50). */
  readonly maxBatchCalls?: number;
  /** Script limits from the settings (time, calls); the rest are the sandbox's defaults. */
  readonly script?: Partial<ScriptLimits>;
  readonly autoApproveDestructive: boolean;
  /** AWS_MCP_APPROVAL_WAIT_SECONDS: how long a four-eyes call waits for an approver (absent: 0). */
  readonly approvalWaitMs?: number;
  /** The policy file's mode, known before the models load (for the execute tool's annotations). */
  readonly policyMode?: 'read-only' | 'standard';
  /** This program's name and version, and AWS_SDK_UA_APP_ID: the fixed part of the User-Agent. */
  readonly userAgent?: Pick<UserAgentInfo, 'product' | 'appId'>;
  /** AWS_ENDPOINT_URL and AWS_ENDPOINT_URL_<SDKID> (keys upper-cased, spaces as underscores). */
  readonly endpointOverrides: {
    readonly global?: string;
    readonly byService: Readonly<Record<string, string>>;
  };
}

export interface ToolServices {
  readonly catalog: Catalog;
  readonly policy: Policy;
  /** Built on first use: a warm start answers tools/list before the index exists. */
  readonly search: () => Promise<SearchIndex>;
  readonly approvals: ApprovalTokens;
  readonly audit: AuditTrail;
  readonly settings: ToolSettings;
  readonly logger: Logger;
  /** Per-person rate limits; absent = one in-memory limiter for the process (principal-services.ts). */
  readonly rateLimiter?: RateLimiter;
  /** Transport, clock and what calls learn (credentials, accounts): one per server process. */
  readonly runtime: ToolRuntime;
}
