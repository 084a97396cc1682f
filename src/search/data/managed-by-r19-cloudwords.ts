// Data: round 19's role words (src/search/managed-by.ts; the shape is data/managed-by-r16-services.ts's):
// people who come from another platform ask for "the logs of cloud function x" or "logs for
// the container app" the way their console shows them, on the thing itself. On AWS what a
// function, task or job wrote is kept by CloudWatch Logs, not read from the thing
// (test/integration/search/cloudwords-r19.test.ts checks the example and other wordings).

import type { ManagedBy } from './managed-by-r16-services.js';

export const MANAGED_BY_R19_CLOUDWORDS: readonly ManagedBy[] = [
  {
    phrases: ['logs for', 'logs of', 'logs from', 'log lines of', 'log lines for', 'log entries of'],
    subjects: [
      'lambda',
      'ecs',
      'batch',
      'codebuild',
      'glue',
      'sagemaker',
      'eks',
      'apprunner',
      'elasticbeanstalk',
    ],
    // turning logs on, where they go and how long they stay are the thing's own settings
    unless: [
      'enabl',
      'turn',
      'retent',
      'configur',
      'configurat',
      'destinat',
      'level',
      'format',
      'deliver',
      'group',
      'wher',
      'export',
    ],
    asks: true,
    services: ['logs'],
    terms: 'log events',
    head: 'log events',
    why: 'the logs of a function, task or job are read from CloudWatch Logs (its log group), not from the function itself',
    example: ['show the logs of function resize-images', 'logs:GetLogEvents'],
  },
];
