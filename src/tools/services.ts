// Everything the tools need, injected by the composition root (main.ts). Tools never read config
// or the environment: settings arrive here as plain values.

import type { Catalog, OperationEntry, ServiceEntry } from '../catalog/types.js';
import type { Decision } from '../policy/types.js';

export interface PolicyPort {
  decide(req: { service: ServiceEntry; operation: OperationEntry; region: string | undefined }): Decision;
}

export interface ToolSettings {
  readonly defaultRegion: string;
  readonly maxOutputCharacters: number;
  readonly maxAttempts: number;
  readonly autoApproveDestructive: boolean;
}

export interface ToolServices {
  readonly catalog: Catalog;
  readonly policy: PolicyPort;
  readonly settings: ToolSettings;
}
