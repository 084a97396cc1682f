// Data: round 22's everyday kind words read in one service (kind-words.ts), from people debugging:
// the work they hand a running cluster or a fleet is a "job" or a "script", while the model names
// it after the service's own noun (an EMR step, a Systems Manager command). Each example is
// checked by test/integration/search/kind-words-r16.test.ts.

import type { KindReading } from './kind-words-r16.js';

export const KIND_READINGS_R22_DIAG: readonly KindReading[] = [
  {
    service: 'emr',
    signals: ['emr', 'hadoop', 'elastic mapreduce'],
    unless: ['serverless', 'eks', 'containers', 'glue'],
    kinds: ['job', 'task'],
    terms: 'step',
    why: 'work sent to a running EMR cluster (a Spark or Hive job) is a step in the API (AddJobFlowSteps, DescribeStep)',
    example: ['which spark job on the emr cluster failed and why', 'emr:DescribeStep'],
  },
  {
    service: 'ssm',
    signals: ['ssm', 'systems manager', 'run command'],
    unless: ['automation', 'runbook'],
    kinds: ['script'],
    terms: 'command',
    why: 'a shell script pushed to instances through Systems Manager is a command (SendCommand, GetCommandInvocation)',
    example: ['run a shell script on all web servers through ssm', 'ssm:SendCommand'],
  },
];
