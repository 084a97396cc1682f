// Data: how people ask for operations (see ../asked.ts), integration services.

import type { AskedEntry } from './types.js';

export const ASKED_INTEGRATION: readonly AskedEntry[] = [];
