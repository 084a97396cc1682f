// The benchmark's query set stays valid: every expected operation exists in the catalog, and
// the set keeps the spread the benchmark claims (size, services, kinds, beyond the top 15).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../../../src/catalog/types.js';
import type { SearchIndex } from '../../../src/search/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { openBundleSearch } from './search-fixture.js';

interface Case {
  query: string;
  expected: string[];
  kind: string;
  serviceHint?: string;
  split: string;
}

const cases: Case[] = readFileSync(path.join(REPO_ROOT, 'bench', 'search-queries.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const TOP15 = new Set(
  's3 ec2 lambda iam dynamodb sts sqs sns cloudwatch logs cloudformation rds ecs route53 kms'.split(' '),
);

let catalog: Catalog;
let index: SearchIndex;
beforeAll(async () => {
  ({ catalog, index } = await openBundleSearch());
});

describe('bench/search-queries.jsonl', () => {
  it('names only operations that exist, by canonical service id and exact name', () => {
    const missing: string[] = [];
    for (const c of cases) {
      for (const e of c.expected) {
        const [service, op] = e.split(':') as [string, string];
        if (!catalog.operationsOf(service).some((o) => o.name === op)) missing.push(`${c.query}: ${e}`);
      }
      if (c.serviceHint !== undefined) {
        // the hint resolves, to the service the expected answers belong to
        const hinted = index.search({ query: c.query, serviceHint: c.serviceHint }).results;
        const want = c.expected[0]!.split(':')[0];
        if (hinted.some((r) => r.service !== want))
          missing.push(`${c.query}: hint ${c.serviceHint} is not ${want}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('is large and varied enough to mean something', () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    const services = new Set(cases.map((c) => c.expected[0]!.split(':')[0]));
    expect(services.size).toBeGreaterThanOrEqual(60);
    const outside = cases.filter((c) => !TOP15.has(c.expected[0]!.split(':')[0]!)).length;
    expect(outside / cases.length).toBeGreaterThanOrEqual(0.4);
    expect(new Set(cases.map((c) => c.kind))).toEqual(
      new Set(['task', 'paraphrase', 'cli', 'exact', 'typo', 'hint']),
    );
    expect(cases.filter((c) => c.split === 'holdout').length).toBeGreaterThanOrEqual(30);
    expect(new Set(cases.map((c) => `${c.query}|${c.serviceHint ?? ''}`)).size).toBe(cases.length);
  });
});

const people: Case[] = readFileSync(path.join(REPO_ROOT, 'bench', 'search-queries-people.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as Case);
const TOP20 = new Set([...TOP15, 'secretsmanager', 'ssm', 'stepfunctions', 'ecr', 'eks']);

describe('bench/search-queries-people.jsonl (written the way people and agents ask)', () => {
  it('names only operations that exist', () => {
    const missing = people.flatMap((c) =>
      c.expected.filter((e) => {
        const [service, op] = e.split(':') as [string, string];
        return !catalog.operationsOf(service).some((o) => o.name === op);
      }),
    );
    expect(missing).toEqual([]);
  });

  it('has the size and spread issue 16 asks for, split into dev and holdout', () => {
    expect(people.length).toBeGreaterThanOrEqual(300);
    expect(new Set(people.map((c) => c.expected[0]!.split(':')[0])).size).toBeGreaterThanOrEqual(100);
    const outside = people.filter((c) => !TOP20.has(c.expected[0]!.split(':')[0]!)).length;
    expect(outside / people.length).toBeGreaterThanOrEqual(0.5);
    expect(new Set(people.map((c) => c.kind))).toEqual(
      new Set(['paraphrase', 'task', 'question', 'typo', 'cli', 'hint']),
    );
    expect(new Set(people.map((c) => c.split))).toEqual(new Set(['dev', 'holdout']));
    expect(people.filter((c) => c.split === 'holdout').length).toBeGreaterThanOrEqual(150);
    expect(new Set(people.map((c) => c.query)).size).toBe(people.length);
  });
});
