// Query sets of the search benchmark and their scoring: top-1, top-5 and MRR@10 overall, by
// split (dev = tuned on, holdout = never looked at while tuning) and by kind.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { SearchIndex } from '../src/search/types.js';
import { REPO_ROOT } from '../test/helpers/paths.js';

export interface Case {
  query: string;
  expected: string[];
  kind: string;
  serviceHint?: string;
  split: 'dev' | 'holdout' | 'fresh';
  /** The round a query was written in, when it was added as a batch (`round6`). */
  batch?: string;
}

export interface Outcome {
  c: Case;
  /** 1-based, 0 = not in the top 10. */
  rank: number;
  got: string[];
  /** The first result changes something although the query only asks to look. */
  mutatingFirst: boolean;
}

export interface Row {
  group: string;
  n: number;
  top1: number;
  top5: number;
  mrr: number;
}

/** `near-api`: queries close to the API's words; `people`: written the way people and agents ask. */
export const QUERY_SETS = {
  'near-api': 'search-queries.jsonl',
  people: 'search-queries-people.jsonl',
} as const;

export function loadCases(file: string): Case[] {
  return readFileSync(path.join(REPO_ROOT, 'bench', file), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Case);
}

export function evaluate(index: SearchIndex, cases: readonly Case[]): Outcome[] {
  return cases.map((c) => {
    const res = index.search({ query: c.query, serviceHint: c.serviceHint, limit: 10 });
    const got = res.results.map((r) => `${r.service}:${r.operation}`);
    const pos = got.findIndex((g) => c.expected.includes(g));
    const first = res.results[0];
    const expectedFirst = pos === 0;
    const mutatingFirst =
      first !== undefined && !expectedFirst && (first.risk === 'write' || first.risk === 'destructive');
    return { c, rank: pos + 1, got, mutatingFirst };
  });
}

export function row(group: string, os: readonly Outcome[]): Row {
  const n = Math.max(1, os.length);
  return {
    group,
    n: os.length,
    top1: os.filter((o) => o.rank === 1).length / n,
    top5: os.filter((o) => o.rank >= 1 && o.rank <= 5).length / n,
    mrr: os.reduce((a, o) => a + (o.rank ? 1 / o.rank : 0), 0) / n,
  };
}

/** Overall, per split and per kind. */
export function rowsOf(label: string, outcomes: readonly Outcome[]): Row[] {
  const kinds = [...new Set(outcomes.map((o) => o.c.kind))].sort();
  return [
    row(`${label}: all`, outcomes),
    ...['dev', 'holdout', 'fresh'].map((sp) =>
      row(
        `${label}: split ${sp}`,
        outcomes.filter((o) => o.c.split === sp),
      ),
    ),
    // a batch written this round, before any tuning: its own splits, so the fresh holdout shows
    ...[...new Set(outcomes.flatMap((o) => (o.c.batch ? [o.c.batch] : [])))].sort().flatMap((b) =>
      ['dev', 'holdout'].map((sp) =>
        row(
          `${label}: batch ${b} ${sp}`,
          outcomes.filter((o) => o.c.batch === b && o.c.split === sp),
        ),
      ),
    ),
    ...kinds.map((k) =>
      row(
        `${label}: kind ${k}`,
        outcomes.filter((o) => o.c.kind === k),
      ),
    ),
  ].filter((r) => r.n > 0);
}

export function markdownTable(rows: readonly Row[]): string {
  const pc = (x: number): string => `${(x * 100).toFixed(1)}%`;
  return [
    '| group | n | top-1 | top-5 | MRR@10 |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.group} | ${r.n} | ${pc(r.top1)} | ${pc(r.top5)} | ${r.mrr.toFixed(3)} |`),
  ].join('\n');
}
