// Data: how people ask for operations (see ../asked.ts), security services, round 9: the
// status reads people phrase as "is it done", "who joined" for Macie jobs and Detective graphs,
// and turning Control Tower guardrails on and off for an OU.

import type { AskedEntry } from './types.js';

export const ASKED_SECURITY_R9: readonly AskedEntry[] = [
  {
    op: 'macie2:DescribeClassificationJob',
    asked:
      'is the sensitive data scan finished, status of a discovery job, did the pii scan complete, how far is the bucket scan, job still running or done',
    example: 'did the macie pii scan of the hr buckets complete',
  },
  {
    op: 'macie2:ListClassificationJobs',
    asked:
      'which sensitive data scans do we have, running and finished discovery jobs, all pii scan jobs and their status',
    example: 'show all macie scan jobs that are still running',
  },
  {
    op: 'detective:ListMembers',
    asked:
      'which accounts joined the behavior graph, member accounts of detective, invited accounts and whether they accepted',
    example: 'which member accounts accepted the invite to our detective behavior graph',
  },
  {
    op: 'controltower:EnableControl',
    asked:
      'turn on a guardrail for an ou, apply a preventive or detective control to an organizational unit, switch on a governance control by its aws-gr id, apply a mandatory or strongly recommended guardrail to an ou, guardrail for s3 public access on an ou',
    example: 'enable the encrypted volumes guardrail on the workloads ou',
  },
  {
    op: 'controltower:DisableControl',
    asked:
      'turn off a guardrail on an ou, remove a governance control from an organizational unit, stop enforcing a control',
    example: 'turn off the region deny guardrail on the sandbox ou',
  },
];
