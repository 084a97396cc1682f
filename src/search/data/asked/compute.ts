// Data: how people ask for operations (see ../asked.ts), compute services.

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE: readonly AskedEntry[] = [];
