// The names a query may use for a service: its id, aliases, sdkId and title, each spaced
// (`step functions`), compacted (`stepfunctions`) and stemmed (`stepfunction`), so that
// "Step Functions", "stepfunction" and "cloud watch" all find their service.

import type { ServiceEntry } from '../catalog/types.js';
import { STOP_WORDS } from './data/stop-words.js';
import { compact, stem, words } from './text.js';

const VENDOR_PREFIX = /^(amazon|aws)\s+/;

export function serviceNameKeys(svc: ServiceEntry): Set<string> {
  const keys = new Set<string>();
  const names = [svc.id, svc.sdkId, svc.title, ...svc.aliases];
  for (const raw of names) {
    const lower = raw.toLowerCase().trim();
    for (const name of [lower, lower.replace(VENDOR_PREFIX, '')]) {
      const ws = words(name);
      if (ws.length === 0 || (ws.length === 1 && STOP_WORDS.has(ws[0]!))) continue;
      keys.add(ws.join(' '));
      const c = compact(name);
      keys.add(c);
      keys.add(stem(c));
    }
  }
  return keys;
}

/** Keys a run of query words may match: spaced, compacted and stemmed-compacted. */
export function queryNameKeys(ws: readonly string[]): string[] {
  const spaced = ws.join(' ');
  const joined = ws.join('');
  return [...new Set([spaced, joined, stem(joined)])];
}
