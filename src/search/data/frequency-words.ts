// Data: how often something runs, said before its noun. "the nightly glue job" or "our weekly
// report" names WHICH job or report (the one that runs every night), so the frequency word is not
// a request to set up a schedule, as "run it nightly" is (concepts-applications.ts). Read after a
// determiner and before another word (src/search/query-words.ts).

import type { Reasoned } from './reasoned.js';

export interface FrequencyWords extends Reasoned {
  readonly words: ReadonlySet<string>;
  /** Words before it that point at one thing already there ("a nightly sync" is one to make). */
  readonly owners: ReadonlySet<string>;
}

export const NAMING_FREQUENCIES: FrequencyWords = {
  words: new Set(['nightly', 'daily', 'weekly', 'hourly', 'monthly']),
  owners: new Set(['the', 'my', 'our', 'this', 'that', 'its', 'your', 'their', 'last']),
  why: '"the nightly job" is a job that already runs on a schedule: acting on it starts or reads it, it makes no schedule',
  example: ['run the nightly glue job right now', 'glue:StartJobRun'],
};
