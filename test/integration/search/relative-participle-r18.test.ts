// Round-18 siblings: a past participle after the things it describes, tied to another thing
// ("policies attached to role x"), is a reduced relative clause, not the task's verb; the thing
// after its tie is where the things sit, and a name tied the other way round (ListEntitiesForPolicy)
// loses (relative-participle.ts, container-scope.ts tiedToThing).

import { describe, expect, it } from 'vitest';
import {
  BARE_PARTICIPLES,
  GROUPING_TIES,
  ID_NOUNS,
  NOUN_TIES,
  RELATIVE_TIES,
} from '../../../src/search/data/relative-participle-r18-siblings.js';
import { namesIds, nounTie, relativeParticiple } from '../../../src/search/relative-participle.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('a reduced relative participle (relative-participle.ts)', () => {
  it.each([
    ['RELATIVE_TIES', RELATIVE_TIES],
    ['BARE_PARTICIPLES', BARE_PARTICIPLES],
    ['GROUPING_TIES', GROUPING_TIES],
    ['NOUN_TIES', NOUN_TIES],
    ['ID_NOUNS', ID_NOUNS],
  ] as const)('%s: its example finds its operation in the top five', (_, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 5)).toContain(entry.example[1]);
  });

  it.each([
    // after the things, before a tie: it describes them
    ['policies attached to role x', 1, true],
    ['the web acl associated with my alb', 3, true],
    ['the filter policy set on a subscription', 3, true],
    // a subject, an auxiliary or an adverb before it, or a phrasal verb: still a verb
    ['we attached it to the role', 1, false],
    ['it was attached to the role', 2, false],
    ['who is actually allowed to read', 3, false],
    ['is scanning turned on for the instances', 2, false],
    // first word: an order
    ['attached to role x', 0, false],
  ] as const)('%s: word %i relative=%s', (q, i, want) => {
    expect(relativeParticiple(q.split(' '), i)).toBe(want);
  });

  it.each([
    // the participle is no order: the things are read, not attached
    ['managed policies attached to the deploy-bot role', 'iam:ListAttachedRolePolicies'],
    ['policies attached to role etl-runner', 'iam:ListAttachedRolePolicies'],
  ])('%s -> %s first', (q, op) => {
    expect(top(q, 1)).toEqual([op]);
  });

  it('a participle before its tie keeps the read when another verb orders it', () => {
    expect(top('show the filter policy set on an SNS subscription', 2)).toContain(
      'sns:GetSubscriptionAttributes',
    );
  });
});

describe('nouns that spell verbs (verb-finder.ts)', () => {
  it('a -tion noun after of/for is the thing, not an order', () => {
    expect(nounTie('of')).toBe(true);
    expect(nounTie('the')).toBe(false);
    expect(
      top('events for execution arn:aws:states:eu-west-1:111122223333:execution:billing:nightly', 3),
    ).not.toContain('stepfunctions:StartExecution');
  });

  it('a word before ids/arns names what they are of, and their set is asked for', () => {
    expect(namesIds(['build', 'ids', 'for', 'x'], 0)).toBe(true);
    expect(namesIds(['build', 'the', 'image'], 0)).toBe(false);
    expect(top('run ids of glue job daily-sales', 1)).toEqual(['glue:GetJobRuns']);
    expect(top('build ids for codebuild project web-api', 3)).not.toContain('codebuild:StartBuild');
  });
});
