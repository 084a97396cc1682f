// Round-10 question forms (src/search/history.ts and the question modules after it): what a
// question's opener says about which read answers it, checked across services.

import { describe, expect, it } from 'vitest';
import { WHO_DID } from '../../../src/search/data/history-words.js';
import { FUTURE_NAME_WORDS, PAST_MARKERS } from '../../../src/search/data/tense-words.js';
import { QUESTION_FORM_VERBS } from '../../../src/search/data/question-verbs.js';
import { asksWhoDid } from '../../../src/search/history.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('who did something (data/history-words.ts)', () => {
  it('its example finds the event history first', () => {
    expect(WHO_DID.why.length).toBeGreaterThan(10);
    expect(top(WHO_DID.example[0], 1)).toEqual([WHO_DID.example[1]]);
  });

  it.each([
    'who removed the sg-prod-db security group on friday',
    'who created access key AKIAIOSFODNN7EXAMPLE',
    'who shut the bastion host down',
  ])('%s -> cloudtrail:LookupEvents', (query) => {
    expect(top(query, 1)).toEqual(['cloudtrail:LookupEvents']);
  });

  it('only "who" and a past action: the present is left to other reads', () => {
    expect(asksWhoDid(['who', 'is', 'subscribed', 'to', 'alerts'])).toBe(false);
    expect(asksWhoDid(['who', 'has', 'access', 'to', 'this'])).toBe(false);
    expect(asksWhoDid(['who', 'tore', 'down', 'staging'])).toBe(true);
    expect(top('who is subscribed to the alerts topic', 1)).toEqual(['sns:ListSubscriptionsByTopic']);
  });
});

describe('a question about the past is not answered by a forecast (data/tense-words.ts)', () => {
  it.each([PAST_MARKERS, FUTURE_NAME_WORDS])('$example.0', (table) => {
    expect(table.why.length).toBeGreaterThan(10);
    expect(top(table.example[0], 1)).toEqual([table.example[1]]);
  });

  it('the future still asks for the forecast', () => {
    expect(top('what will our bill be at the end of this month', 1)).toEqual(['ce:GetCostForecast']);
    expect(top('what did we spend on ec2 last month', 1)).toEqual(['ce:GetCostAndUsage']);
  });
});

describe('a count asks for the list of the things counted (data/question-verbs.ts)', () => {
  it.each(Object.entries(QUESTION_FORM_VERBS))(
    '%s: its example finds its operation first',
    (opener, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].startsWith(opener)).toBe(true);
      expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
    },
  );

  it('how many are allowed is a limit again', () => {
    expect(top('how many lambda functions am I allowed to run at the same time', 1)).toEqual([
      'lambda:GetAccountSettings',
    ]);
  });
});
