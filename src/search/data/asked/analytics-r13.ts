// Data: round-13 self-play words for the analytics and data-store middle tier (see ../asked.ts):
// operations of well-known services that had no entry yet, in the voices the dev set had few of
// (terse agents, on-call engineers, beginners).
import type { AskedEntry } from './types.js';

export const ASKED_ANALYTICS_R13: readonly AskedEntry[] = [
  {
    op: 'glue:CreatePartition',
    asked:
      'register one partition, add a partition to a catalog table, new dt= partition, tell the catalog about a new date folder, partition value',
    example: 'add partition year=2026/month=12 to the glue table events',
  },
];
