// Data: how people ask for operations (see ../asked.ts), security services.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY: readonly AskedEntry[] = [];
