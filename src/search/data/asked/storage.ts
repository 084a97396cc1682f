// Data: how people ask for operations (see ../asked.ts), storage services.

import type { AskedEntry } from './types.js';

export const ASKED_STORAGE: readonly AskedEntry[] = [];
