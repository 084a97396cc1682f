// A purpose clause after the task ("... so we can send email from it") says what the task is
// for: its verb is not the task's (src/search/purpose-clause.ts, data/purpose-clause-r16-requests.ts).

import { describe, expect, it } from 'vitest';
import { PURPOSE_MARKERS } from '../../../src/search/data/purpose-clause-r16-requests.js';
import { purposeAt } from '../../../src/search/purpose-clause.js';
import { words } from '../../../src/search/text.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('purpose markers (data/purpose-clause-r16-requests.ts)', () => {
  it.each(PURPOSE_MARKERS.map((m) => [m.words.join(' '), m] as const))(
    '%s: its example finds its operation first',
    (_, m) => {
      expect(m.why.length).toBeGreaterThan(10);
      expect(top(m.example[0], 1)).toEqual([m.example[1]]);
    },
  );
});

describe('where a purpose clause opens', () => {
  const at = (q: string) => {
    const ws = words(q);
    for (let i = 0; i < ws.length; i++) {
      const p = purposeAt(ws, i);
      if (p) return ws.slice(p.start, p.end).join(' ');
    }
    return undefined;
  };

  it('after "so", one to three words of who, then a modal', () => {
    expect(at('verify our domain so we can send email')).toBe('so we can');
    expect(at('list every account so the auditors could review them')).toBe('so the auditors could');
  });

  it('"in order to" with no one named', () => {
    expect(at('send a test message in order to see the alarm')).toBe('in order to');
  });

  it('not a negated modal: "so tags can\'t be overwritten" is the outcome the task sets up', () => {
    expect(at("lock down the repository so tags can't be overwritten")).toBeUndefined();
    expect(at('keep a few lambdas warm so users do not hit cold starts')).toBeUndefined();
  });

  it('not "so" without a modal ("so far")', () => {
    expect(at('list the builds so far this week')).toBeUndefined();
  });
});
