// Data: everyday words for a thing's children read in the service that names them otherwise
// (round 17, "siblings"). People ask for the "versions" of an Amazon MQ configuration or a
// CodeDeploy application, which the model calls revisions, and for the "runs" of a DataSync
// task, which it calls task executions: read as typed, the word matches no name, and the read of
// the parent (DescribeConfiguration, DescribeTaskExecution) wins over the read of its children.
// Same shape and checks as kind-words-r16.ts (test/integration/search/kind-words-r16.test.ts).

import type { KindReading } from './kind-words-r16.js';

export const KIND_READINGS_R17: readonly KindReading[] = [
  {
    service: 'mq',
    signals: ['amazon mq', 'activemq', 'rabbitmq', 'mq broker', 'mq configuration'],
    kinds: ['version'],
    terms: 'revision',
    why: 'an Amazon MQ configuration keeps each edit as a revision: its versions are those revisions',
    example: [
      'list the past versions of the activemq configuration for broker orders',
      'mq:ListConfigurationRevisions',
    ],
  },
  {
    service: 'codedeploy',
    signals: ['codedeploy', 'code deploy'],
    kinds: ['version'],
    terms: 'revision',
    why: 'CodeDeploy calls each uploaded bundle of an application a revision: its versions are revisions',
    example: [
      'which versions of application web-app has codedeploy registered',
      'codedeploy:ListApplicationRevisions',
    ],
  },
  {
    service: 'datasync',
    signals: ['datasync', 'data sync'],
    kinds: ['run'],
    terms: 'task execution',
    why: 'each time a DataSync task copies is a task execution: its runs are task executions',
    example: ['list every run of datasync task copy-logs this month', 'datasync:ListTaskExecutions'],
  },
];
