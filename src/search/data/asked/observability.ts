// Data: how people ask for operations (see ../asked.ts), observability services.

import type { AskedEntry } from './types.js';

export const ASKED_OBSERVABILITY: readonly AskedEntry[] = [];
