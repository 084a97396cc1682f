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
  // Settings of the services below the best-known twenty that had no everyday words: the create
  // or the read of the same thing ranked first on the thing's name.
  {
    op: 'guardduty:CreateMalwareProtectionPlan',
    asked:
      'continuous malware protection for a bucket, scan every upload as it arrives, virus scan on upload, protect a bucket from infected uploads',
    example: 'have guardduty scan every upload to bucket uploads-prod as it arrives',
  },
  {
    op: 'apigateway:UpdateMethod',
    asked:
      "require an api key on a method, turn on authorization for one method, api key required, change a method's authorizer",
    example: 'make the GET /orders method of our rest api need an api key',
  },
  {
    op: 'inspector2:CreateFilter',
    asked:
      'suppress findings for an accepted risk or cve, suppression rule, hide findings we accepted, mute a vulnerability finding',
    example: 'create an inspector suppression rule for CVE-2023-1234',
  },
  {
    op: 'amplify:UpdateBranch',
    asked: 'password protect a branch, basic auth on a preview site, environment variables of a branch',
    example: 'put a username and password on the staging branch of our amplify app',
  },
  {
    op: 'datasync:UpdateTask',
    asked:
      "copy only changed files, transfer mode, verify options, bandwidth limit, change a task's schedule or filters",
    example: 'cap the datasync nas-to-s3 task at 100 mbps so it stops eating the office link',
  },
];
