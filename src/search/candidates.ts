// The services behind a concept query: when the best results come from several services, the
// answer lists them, one line each, so the caller can narrow with serviceHint.

import type { SearchIndexData } from './index-build.js';
import { shortSummary } from './results.js';
import type { SearchResult, ServiceCandidate } from './types.js';

/** How many top results are looked at, and how many services are listed at most. */
const LOOK_AT = 5;
const MAX_CANDIDATES = 3;

export function serviceCandidates(ix: SearchIndexData, results: readonly SearchResult[]): ServiceCandidate[] {
  const ids: string[] = [];
  for (const r of results.slice(0, LOOK_AT)) if (!ids.includes(r.service)) ids.push(r.service);
  if (ids.length < 2) return [];
  return ids.slice(0, MAX_CANDIDATES).map((id) => {
    const svc = ix.services.find((s) => s.id === id)!;
    const about = svc.summary ? `${svc.title}: ${svc.summary}` : svc.title;
    return { service: id, summary: shortSummary(about) };
  });
}
