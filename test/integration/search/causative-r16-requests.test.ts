// "have X do Y" asks for Y (src/search/causative.ts, data/causative-r16-requests.ts); "have the
// jobs finished" still asks whether they did.

import { describe, expect, it } from 'vitest';
import { CAUSATIVE_HAVE } from '../../../src/search/data/causative-r16-requests.js';
import { causativeHave } from '../../../src/search/causative.js';
import { isQuestion } from '../../../src/search/intent.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('have X do Y', () => {
  it('its example finds its operation first', () => {
    expect(CAUSATIVE_HAVE.why.length).toBeGreaterThan(10);
    expect(top(CAUSATIVE_HAVE.example[0], 1)).toEqual([CAUSATIVE_HAVE.example[1]]);
  });

  it.each([
    'have the billing-sync lambda run every hour',
    'have the auto scaling group web-asg run four instances',
    'have our contact center dial a customer automatically',
  ])('a request, not a question: %s', (q) => {
    expect(causativeHave(words(q))).toBe(true);
    expect(isQuestion(words(q))).toBe(false);
  });

  it.each(['have the jobs finished', 'have my snapshots been copied to us-west-2', 'have the files gone'])(
    'a participle keeps the question: %s',
    (q) => {
      expect(causativeHave(words(q))).toBe(false);
      expect(isQuestion(words(q))).toBe(true);
    },
  );

  it('a request to run on a schedule finds the scheduler, not a cost read', () => {
    expect(top('have the billing-sync lambda run every hour', 3)).toContain('scheduler:CreateSchedule');
  });
});
