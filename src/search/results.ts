// Shapes what a search returns: short entries (the whole page of 10 stays near 2 KB of JSON),
// a 0-1 score, and policy marks.

import type { FilterVerdict, SearchOperation, SearchResult } from './types.js';

const SUMMARY_MAX = 100;
const REQUIRED_MAX = 8;
/** Raw scores are unbounded; this maps a typical strong match (~20) to ~0.65. */
const SCORE_HALF = 11;

/** First sentence-ish of a summary, cut at a word boundary. */
export function shortSummary(summary: string): string {
  const s = summary.trim();
  if (s.length <= SUMMARY_MAX) return s;
  const cut = s.slice(0, SUMMARY_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > SUMMARY_MAX * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.(-]+$/, '')}…`;
}

export function displayScore(raw: number, exact: boolean): number {
  if (exact) return 1;
  const s = raw <= 0 ? 0 : raw / (raw + SCORE_HALF);
  return Math.min(0.99, Math.round(s * 100) / 100);
}

export function toResult(op: SearchOperation, score: number, verdict: FilterVerdict): SearchResult {
  const required = op.requiredMembers.slice(0, REQUIRED_MAX);
  return {
    service: op.service,
    operation: op.name,
    summary: shortSummary(op.summary),
    risk: op.risk,
    score,
    ...(required.length > 0 ? { required } : {}),
    ...(op.requires !== undefined ? { requires: op.requires } : {}),
    ...(op.deprecated ? { deprecated: true as const } : {}),
    ...(verdict === 'deny' ? { denied: true as const } : {}),
    ...(verdict === 'confirm' ? { needsApproval: true as const } : {}),
  };
}
