// Issue 16, round 19 (on-call wordings): a word that describes the state of the thing a request
// acts on ("halt the running experiment", "disable the possibly compromised key") says which
// thing, not what is done (src/search/state-of-thing.ts, data/state-of-thing-r19-oncall.ts).
// Every entry has a reason and an example that must rank its operation first.

import { describe, expect, it } from 'vitest';
import { OPENING_STATES, STATE_OF_THING } from '../../../src/search/data/state-of-thing-r19-oncall.js';
import { opensWithParticiple } from '../../../src/search/intent.js';
import { setAsideStateOfThing } from '../../../src/search/state-of-thing.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('round 19 states of the thing acted on: every entry has a reason and a passing example', () => {
  it.each(Object.entries(STATE_OF_THING))('state %s', (_word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });
});

describe('the state lends neither its verb nor a service that reports it', () => {
  it.each([
    ['halt the fis experiment that is running', 'fis:StopExperiment'],
    ['disable the possibly compromised kms key alias/payments', 'kms:DisableKey'],
    ['reboot the unhealthy broker b-1234abcd in amazon mq', 'mq:RebootBroker'],
    ['stop the failing dms replication task orders-cdc', 'dms:StopReplicationTask'],
  ])('%s', (query, expected) => {
    expect(top(query, 1)).toEqual([expected]);
  });
});

describe('where the state picks things, it is kept', () => {
  it('a question keeps it', () => {
    expect(setAsideStateOfThing(['which', 'targets', 'are', 'unhealthy']).setAside.size).toBe(0);
  });

  it('a request that only reads keeps it', () => {
    expect(setAsideStateOfThing(['list', 'the', 'failed', 'builds']).setAside.size).toBe(0);
    expect(setAsideStateOfThing(['show', 'the', 'running', 'instances']).setAside.size).toBe(0);
  });

  it('a changing request sets it aside before its noun and at the end of a relative clause', () => {
    const words = (q: string) => setAsideStateOfThing(q.split(' ')).setAside;
    expect([...words('halt the running experiment').values()]).toEqual(['running']);
    expect([...words('cancel the update that s still stuck').values()]).toEqual(['stuck']);
    // not before a noun and not in a relative clause: the job's state is the sentence's own
    expect(words('restart it because it is stuck').size).toBe(0);
  });
});

describe('a query that opens with a state and names things, with no verb, looks at them', () => {
  it.each(Object.entries(OPENING_STATES))('state %s', (_word, entry) => {
    expect(entry.why.length).toBeGreaterThan(10);
    expect(top(entry.example[0], 1)).toEqual([entry.example[1]]);
  });

  it('only before a noun: "running a query" is a verb phrase', () => {
    expect(opensWithParticiple(['unhealthy', 'targets'])).toBe(true);
    expect(opensWithParticiple(['running', 'a', 'query'])).toBe(false);
  });
});
