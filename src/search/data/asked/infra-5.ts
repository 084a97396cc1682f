import type { AskedEntry } from './types.js';

export const ASKED_INFRA_5: readonly AskedEntry[] = [];
