import type { AskedEntry } from './types.js';

export const ASKED_INFRA_4: readonly AskedEntry[] = [];
