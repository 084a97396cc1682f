// Round-14 siblings: a resource the user named with its kind is one already there (named-kinds.ts,
// data/named-kinds-r14.ts), so the Create of its kind yields to the task on it, unless the words
// before the kind say it is new.

import { describe, expect, it } from 'vitest';
import { NAMED_KIND, NEW_THING_MARKERS } from '../../../src/search/data/named-kinds-r14.js';
import { namedKinds } from '../../../src/search/named-kinds.js';
import { useBundleIndexData } from './search-fixture.js';

const { top, indexData } = useBundleIndexData();

describe('a named resource exists unless said new (named-kinds.ts)', () => {
  it.each([
    ['NAMED_KIND', NAMED_KIND],
    ['NEW_THING_MARKERS', NEW_THING_MARKERS],
  ] as const)('%s: its example finds its operation first', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it.each([
    ['subscribe https://hooks.example.com/alerts to topic ops-alerts', ['topic']],
    ['give the ci-bot user a new access key', ['user']],
    ['create topic ops-alerts for the on-call team', []],
    ['create a memorydb cluster named session-cache', []],
    ['make a table bucket analytics-iceberg', []],
  ])('%s -> %j', (query, kinds) => {
    expect(namedKinds(indexData(), query.split(' '))).toEqual(kinds);
  });

  it('the Create of the named kind is not first', () => {
    expect(top('give ci-bot user a new access key, then delete the old one', 1)[0]).not.toBe(
      'iam:CreateUser',
    );
  });
});

describe('an owned place reads four words of its kind (data/existing.ts EXISTING_PLACE.reach)', () => {
  it('a replica added to my elasticache redis replication group is not a new group', () => {
    expect(top('add a second read replica to my elasticache redis replication group', 1)).toEqual([
      'elasticache:IncreaseReplicaCount',
    ]);
  });
});
