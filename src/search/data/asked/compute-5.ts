// Data: how people ask for operations (see ../asked.ts), compute services (placeholder).

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_5: readonly AskedEntry[] = [];
