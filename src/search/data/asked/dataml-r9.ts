// Data: how people ask for operations (see ../asked.ts): databases (aurora global databases,
// graph and document cluster backups) and machine learning reads (past fraud decisions).
// Issue 16, round 9.

import type { AskedEntry } from './types.js';

export const ASKED_DATAML_R9: readonly AskedEntry[] = [
  {
    op: 'rds:DescribeGlobalClusters',
    asked:
      'is the global database failover or switchover done, which region is primary now, secondary regions of the global database, cross region aurora status, replication lag between regions',
    example: 'which region is the writer of our aurora global database right now',
  },
  {
    op: 'frauddetector:GetEventPredictionMetadata',
    asked:
      'why was this event flagged, what did the detector decide earlier, past fraud decision for an event, rules that matched and model scores of an old prediction, explain a past outcome',
    example: 'explain why the detector blocked signup event s-5521 yesterday',
  },
  {
    op: 'neptune:CreateDBClusterSnapshot',
    asked:
      'back up the graph database now, manual backup of the neptune cluster, snapshot before an engine upgrade, save a copy of the graph',
    example: 'make a manual backup of neptune cluster graph-prod',
  },
  {
    op: 'docdb:CreateDBClusterSnapshot',
    asked:
      'back up the mongo compatible database now, manual backup of the documentdb cluster, snapshot before an upgrade',
    example: 'take a manual backup of documentdb cluster docs-prod before the upgrade',
  },
];
