// Data: how people ask for operations (see ../asked.ts), network services.

import type { AskedEntry } from './types.js';

export const ASKED_NETWORK: readonly AskedEntry[] = [];
