// Data: how people ask for operations (see ../asked.ts), ai services.

import type { AskedEntry } from './types.js';

export const ASKED_AI: readonly AskedEntry[] = [];
