// Round 17: "do" and "can" open a question when a subject follows them (aux-question.ts,
// data/aux-question-r17-questions.ts); a question's concepts lend no changing verb
// (question-concepts.ts); state words of a watching service ask whether it is on
// (data/status-words-r17-questions.ts).

import { describe, expect, it } from 'vitest';
import { AUX_QUESTIONS } from '../../../src/search/data/aux-question-r17-questions.js';
import { WORKING_STATE_WORDS } from '../../../src/search/data/status-words-r17-questions.js';
import { auxQuestion } from '../../../src/search/aux-question.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { search, top } = useBundleSearch();
const READS = ['read', 'sensitive-read'];

describe('do/can questions (aux-question.ts)', () => {
  it.each(Object.entries(AUX_QUESTIONS))(
    '%s: its example finds its read in the top 3, a read first',
    (_, e) => {
      expect(e.why.length).toBeGreaterThan(10);
      expect(top(e.example[0], 3)).toContain(e.example[1]);
      expect(READS).toContain(search(e.example[0], 1)[0]!.risk);
    },
  );

  it.each([
    ['do new ebs volumes get encrypted automatically', true],
    ['do users need mfa in the app pool', true],
    ['do any of the functions run on python 3.8', true],
    ['do stopped ec2 instances get terminated automatically', true],
    ['do a failover of the aurora clusters', false],
    ['can anyone read the reports bucket', true],
    ['can the ci role push images to the repo', true],
    ['do a failover of the aurora cluster', false],
    ['do the restore of the orders table', false],
    ['can you turn on versioning for the photos bucket', false],
    ['can we make sure nobody deletes the logs bucket', false],
    ['can someone please restart the web server', false],
  ])('%s: a question %s', (query, asks) => {
    expect(auxQuestion(words(query))).toBe(asks);
  });

  it.each([
    ['can someone accidentally terminate instance i-0abc123def4567890 or is it protected'],
    ['do users of the staff user pool have to use mfa'],
    ['do our queues keep messages for two weeks'],
    ['do untagged images in the ecr repo web get cleaned up automatically'],
  ])('a do/can question gets a read first: %s', (query) => {
    expect(READS).toContain(search(query, 1)[0]!.risk);
  });
});

describe('watching services asked whether they work (status-words-r17-questions.ts)', () => {
  it.each(Object.entries(WORKING_STATE_WORDS))('%s: its example finds its operation first', (_, e) => {
    expect(e.why.length).toBeGreaterThan(10);
    expect(top(e.example[0], 1)).toEqual([e.example[1]]);
  });

  it.each([
    ['has anybody enabled macie yet', 'macie2:GetMacieSession'],
    // "did someone <act>" asks whether an event happened: CloudTrail records who did it (history.ts)
    ['did someone turn off guardduty in us-east-1', 'cloudtrail:LookupEvents'],
  ])('who switched a service is no thing switched: %s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe("a question's concepts lend no changing verb (question-concepts.ts)", () => {
  it.each([
    ['is the release pipeline waiting on a manual approval', 'codepipeline:GetPipelineState'],
    ['has someone approved the prod gate of pipeline web yet', 'codepipeline:GetPipelineState'],
  ])('%s: the state read first, not the change', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });

  it('a request keeps the change: approve the release waiting in my pipeline', () => {
    expect(top('approve the release waiting in my pipeline', 1)).toEqual(['codepipeline:PutApprovalResult']);
  });
});
