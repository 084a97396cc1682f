// A long query of several sentences is read by the sentence that holds its request
// (src/search/request-sentence.ts, data/request-sentence-r15.ts): a labelled one ("Task:"), else
// the last that asks; the other sentences lend their services and, lightly, their words.

import { describe, expect, it } from 'vitest';
import { REQUEST_LABELS } from '../../../src/search/data/request-sentence-r15.js';
import { requestFocus } from '../../../src/search/request-sentence.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('request labels (data/request-sentence-r15.ts)', () => {
  it.each(Object.entries(REQUEST_LABELS))('%s: its example finds its operation first', (label, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(entry.example[0].toLowerCase()).toContain(`${label}:`);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('which sentence holds the request', () => {
  it('the last sentence that asks, after sentences of situation', () => {
    const f = requestFocus(
      'The orders table in DynamoDB gets hammered every morning and writes are throttled. Give it more write capacity.',
    );
    expect(f?.request).toBe('Give it more write capacity.');
    expect(f?.context).toContain('DynamoDB');
  });

  it('a closing statement of situation is passed over for the sentence that asks', () => {
    const f = requestFocus(
      'Our export job broke yesterday after a change. Which policy is on the data bucket right now? The job runs nightly.',
    );
    expect(f?.request).toBe('Which policy is on the data bucket right now?');
  });

  it('a request that points back ("do that") is read with the sentence before it', () => {
    const f = requestFocus(
      'We run GuardDuty in the admin account of the organization. Each new account has to be added to the detector. Do that for these accounts.',
    );
    expect(f?.request).toBe('Each new account has to be added to the detector. Do that for these accounts.');
  });

  it('an ellipsis ends a value cut short, not a sentence', () => {
    expect(
      requestFocus('expand every field of the event with @ptr CkYKPwo6... from my insights result in logs'),
    ).toBeUndefined();
  });

  it('a short query is one request, whatever its punctuation', () => {
    expect(requestFocus('prod is down. restart the service.')).toBeUndefined();
  });

  it.each([
    [
      'The orders table in DynamoDB gets hammered every morning and writes are throttled. Give it more write capacity.',
      'dynamodb:UpdateTable',
    ],
    [
      'Our nightly export to the data bucket stopped working after someone changed things yesterday. Which policy is on the bucket right now?',
      's3:GetBucketPolicy',
    ],
  ])('%s -> %s', (query, op) => {
    expect(top(query, 1)).toEqual([op]);
  });
});
