import type { AskedEntry } from './types.js';

export const ASKED_INFRA_6: readonly AskedEntry[] = [];
