// Data: how people ask for operations (see ../asked.ts), round 9 of the compute group: Simple
// Workflow Service runs, which had no everyday words yet.

import type { AskedEntry } from './types.js';

export const ASKED_COMPUTE_R9: readonly AskedEntry[] = [
  {
    op: 'swf:DescribeWorkflowExecution',
    asked:
      'has the workflow run finished, is the swf run still open or closed, status of one workflow run, did it complete, how many activities are still pending',
    example: 'is swf run wf-4471 for the billing domain still open',
  },
];
