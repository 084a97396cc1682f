// A request that ends by asking to be told when the task is over ("... and let me know when it
// finishes"): the agent reports back, AWS is asked for nothing. Read as words, the tail is how
// people ask for an alarm or a notification rule, which then outranks the task; so the tail is cut
// before anything reads the query (data/report-back-r21-data.ts). A real alert names what it
// watches or another event ("notify me when a build fails") and is left alone.

import { REPORT_BACK_TAILS } from './data/report-back-r21-data.js';

/** The query without a closing "and let me know when it's done"; unchanged when that is all it says. */
export function withoutReportBack(query: string): string {
  for (const { pattern } of REPORT_BACK_TAILS) {
    const m = pattern.exec(query);
    if (m && m.index > 0 && /[a-z]/i.test(query.slice(0, m.index))) return query.slice(0, m.index);
  }
  return query;
}
