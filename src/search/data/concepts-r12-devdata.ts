// Data: concepts (see concepts.ts) for the developer-tools, databases and app-platforms long
// tail, issue 16 round 12: more or fewer nodes of a running cluster is a change of its size, not
// a new cluster; the everyday names of Aurora DSQL, Simple Workflow and CodeGuru Profiler.

import type { Concept } from './concepts.js';

export const R12_DEVDATA_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['more nodes', 'more replicas', 'more read replicas', 'extra nodes', 'extra replicas'],
    terms: 'increase replica replication count factor',
    why: '"add two more nodes (replicas)" to a running cluster grows it: an Increase of its replica count or replication factor, not a Create of another cluster',
    example: [
      'give the elasticache group redis-sessions two more replicas',
      'elasticache:IncreaseReplicaCount',
    ],
  },
  {
    phrases: ['fewer nodes', 'fewer replicas', 'less nodes', 'less replicas'],
    terms: 'decrease replica replication count factor',
    why: 'running a cluster on fewer nodes or replicas shrinks it: a Decrease of its replica count or replication factor',
    example: [
      'run the elasticache group redis-sessions with fewer replicas',
      'elasticache:DecreaseReplicaCount',
    ],
  },
  {
    phrases: ['distributed sql', 'aurora dsql'],
    services: ['dsql'],
    why: 'a serverless, distributed (active-active, multi-region) SQL database is Aurora DSQL, its own service, not an RDS instance',
    example: ['we need a distributed sql database that scales to zero', 'dsql:CreateCluster'],
  },
  {
    phrases: ['simple workflow', 'simple workflows'],
    services: ['swf'],
    why: '"simple workflow" is the everyday name of Amazon SWF (Simple Workflow Service), not Step Functions',
    example: ['list the simple workflow domains in this account', 'swf:ListDomains'],
  },
  {
    phrases: ['profiler', 'flame graph', 'flame graphs'],
    terms: 'profiling group profile',
    services: ['codeguruprofiler'],
    why: 'a profiler and its flame graphs (where an app spends CPU time) are CodeGuru Profiler, not CloudWatch metrics',
    example: [
      'which methods does the profiler say are the slowest in our api',
      'codeguruprofiler:GetRecommendations',
    ],
  },
];
