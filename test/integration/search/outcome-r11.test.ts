// Round-11 questions about what happened (src/search/outcome.ts, service-switch.ts, history.ts):
// why a run failed or whether it finished reads its runs or events, "is <service> on" reads the
// resource holding the service's state, "what changed on <thing>" reads its configuration history.

import { describe, expect, it } from 'vitest';
import { OUTCOME_WORDS, RUN_NAME_WORDS } from '../../../src/search/data/outcome-words.js';
import { SERVICE_SWITCHES } from '../../../src/search/data/service-switches.js';
import { WHAT_CHANGED } from '../../../src/search/data/history-words.js';
import { asksWhatChanged } from '../../../src/search/history.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('outcome words and run name words (data/outcome-words.ts)', () => {
  it.each(Object.entries(OUTCOME_WORDS))(
    '%s: its example finds its operation in the top 5',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[0].split(' ')).toContain(word);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it.each(Object.entries(RUN_NAME_WORDS))(
    '%s: its example finds its operation in the top 5',
    (word, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.example[1].toLowerCase()).toContain(word);
      expect(top(entry.example[0], 5)).toContain(entry.example[1]);
    },
  );

  it('the runs of a definition outrank its read', () => {
    expect(top('why did the glue job invoice-loader fail', 1)).toEqual(['glue:GetJobRuns']);
    expect(top('why did my cloudformation stack update fail', 1)).toEqual([
      'cloudformation:DescribeStackEvents',
    ]);
  });

  it('controls: the definition, the action, or the state of a stack are not read as outcomes', () => {
    expect(top('start the glue job nightly-etl', 1)).toEqual(['glue:StartJobRun']);
    expect(top('is the cloudformation stack done updating', 1)).toEqual(['cloudformation:DescribeStacks']);
    expect(top('has the codebuild build failed', 1)).toEqual(['codebuild:BatchGetBuilds']);
  });
});

describe('is <service> turned on (data/service-switches.ts)', () => {
  it.each(Object.entries(SERVICE_SWITCHES))(
    '%s: its example finds its operation in the top 3',
    (_, entry) => {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(top(entry.example[0], 3)).toContain(entry.example[1]);
    },
  );

  it('controls: a setting of a thing, or turning the service on, is not the switch read', () => {
    expect(top('is versioning enabled on the logs bucket', 1)).toEqual(['s3:GetBucketVersioning']);
    expect(top('enable security hub in eu-west-1', 1)).toEqual(['securityhub:EnableSecurityHub']);
  });
});

describe('what changed on a resource (data/history-words.ts WHAT_CHANGED)', () => {
  it('its example finds the configuration history first', () => {
    expect(WHAT_CHANGED.why.length).toBeGreaterThan(10);
    expect(top(WHAT_CHANGED.example[0], 1)).toEqual([WHAT_CHANGED.example[1]]);
  });

  it('only "what" and a change in the past', () => {
    expect(asksWhatChanged(['what', 'changed', 'on', 'the', 'vpc'])).toBe(true);
    expect(asksWhatChanged(['what', 'changes', 'were', 'made', 'to', 'the', 'role'])).toBe(true);
    expect(asksWhatChanged(['what', 'did', 'we', 'change', 'on', 'the', 'bucket'])).toBe(true);
    expect(asksWhatChanged(['what', 'changes', 'if', 'i', 'enable', 'versioning'])).toBe(false);
    expect(asksWhatChanged(['change', 'the', 'instance', 'type'])).toBe(false);
    expect(asksWhatChanged(['what', 'changed', 'between', 'the', 'two', 'snapshots'])).toBe(false);
  });
});
