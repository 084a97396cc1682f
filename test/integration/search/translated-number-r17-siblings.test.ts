// A head word read as the service's own noun (kind-words.ts, data/kind-words-r17-siblings.ts:
// "runs" of a DataSync task are task executions) keeps the number it was typed in
// (translated-number.ts): many asked, the list of them leads, not the read of one.

import { describe, expect, it } from 'vitest';
import { KIND_READINGS_R17 } from '../../../src/search/data/kind-words-r17-siblings.js';
import { useBundleSearch } from './search-fixture.js';

const { top } = useBundleSearch();

describe('the number of a translated head (translated-number.ts)', () => {
  it.each(KIND_READINGS_R17.map((r) => [r.service, r] as const))('%s: its example in the top 5', (_, r) => {
    expect(top(r.example[0], 5)).toContain(r.example[1]);
  });

  it('runs of a task, typed in the plural, list its executions', () => {
    expect(top('list every run of datasync task copy-logs this month', 2)).toContain(
      'datasync:ListTaskExecutions',
    );
    expect(top('which versions of application web-app has codedeploy registered', 1)).toEqual([
      'codedeploy:ListApplicationRevisions',
    ]);
  });

  it('the word read as a verb keeps its task', () => {
    expect(top('run the datasync task nas-to-s3 now', 1)).toEqual(['datasync:StartTaskExecution']);
  });
});
