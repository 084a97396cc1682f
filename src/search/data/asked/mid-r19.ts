// Data: how people ask for operations (see ../asked.ts), round 19 paraphrases for the services
// below the best-known twenty: settings and everyday tasks no earlier round gave words to,
// written from each operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_MID_R19: readonly AskedEntry[] = [
  // Keeping a scheduled ETL from firing again is the trigger's stop; the job-run stop (which only
  // ends the run in progress) and CreateJob won on "job" and "stop".
  {
    op: 'glue:StopTrigger',
    asked:
      'keep a scheduled job from running, pause the schedule that starts a job, no more scheduled runs, switch off the cron that launches an etl, disable a scheduled trigger',
    example: 'pause the schedule that launches our glue etl every night until further notice',
  },
];
