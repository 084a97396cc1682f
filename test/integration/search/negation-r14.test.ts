// A clause that rules an action out is not the task (src/search/negation.ts,
// data/negation-r14.ts): "stop it without deleting it" stops, "..., but keep the user" removes
// the membership only; "without opening port 22" says how, and its words still count.

import { describe, expect, it } from 'vitest';
import { NEGATION_MARKERS } from '../../../src/search/data/negation-r14.js';
import { withoutNegated } from '../../../src/search/negation.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();
const read = (q: string) => withoutNegated(q.split(' ')).join(' ');

describe('negated clauses (data/negation-r14.ts)', () => {
  it.each(NEGATION_MARKERS.map((m) => [m.words.join(' '), m] as const))(
    '%s: its example finds its operation in the top 5',
    (words, m) => {
      expect(m.why.length).toBeGreaterThan(10);
      expect(m.example[0]).toContain(words);
      expect(top(m.example[0], 5)).toContain(m.example[1]);
    },
  );

  it('drops the clause that rules an action out, up to the clause end', () => {
    expect(read('stop the rds database without deleting it')).toBe('stop the rds database');
    expect(read("cancel the request, don't terminate the instances, then tag it")).toBe(
      'cancel the request then tag it',
    );
    expect(read('remove bob from admins but keep the user')).toBe('remove bob from admins');
  });

  it('keeps a clause that says how the task is done, or a state', () => {
    for (const q of [
      'get a shell on a private ec2 box without opening port 22',
      'run my container image without managing servers',
      'flag any bucket without encryption turned on',
      "why don't my ecs tasks start",
      'do not disturb mode for the connect agent',
    ])
      expect(read(q)).toBe(q);
  });

  it('the negated verb is not the verb asked', () => {
    expect(top('stop the rds database for the weekend without deleting it', 1)).toEqual([
      'rds:StopDBInstance',
    ]);
    expect(top('disable the kms key but do not schedule its deletion', 1)).toEqual(['kms:DisableKey']);
  });
});
