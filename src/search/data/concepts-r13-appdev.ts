// Data: concepts (see concepts.ts) for application integration and developer tools, issue 16
// round 13: a lambda "in between" that a pipe replaces, a job run once at a given time, the shape
// of an AWS event kept in the schema registry, and the deployment group that only CodeDeploy has.

import type { Concept } from './concepts.js';

export const R13_APPDEV_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['lambda in between', 'without writing a lambda', 'without any lambda', 'function in between'],
    terms: 'pipe source target',
    services: ['pipes'],
    why: "connecting a source to a target with no function of one's own in the middle is what an EventBridge pipe does; the lambda named is the one not wanted",
    example: ['wire the kinesis stream to the event bus without writing a lambda', 'pipes:CreatePipe'],
  },
  {
    phrases: ['one-off', 'one off', 'once at', 'just once', 'run once'],
    terms: 'create schedule',
    services: ['scheduler'],
    why: 'running something once at a given time is a one-time schedule (an at() expression) of EventBridge Scheduler, not an invoke now',
    example: ['run the export lambda once at 23:00 tomorrow', 'scheduler:CreateSchedule'],
  },
  {
    phrases: [
      'state change event',
      'state-change event',
      'event payload',
      'event fields',
      'fields of the event',
    ],
    terms: 'schema',
    services: ['schemas'],
    why: 'the fields an AWS event carries (an EC2 state-change event, an S3 object-created event) are kept as schemas in the EventBridge schema registry',
    example: ['what does the payload of an s3 object created event look like', 'schemas:DescribeSchema'],
  },
  {
    phrases: ['deployment group', 'deployment groups'],
    services: ['codedeploy'],
    why: 'a deployment group (the instances, functions or ECS services a revision goes to) exists only in CodeDeploy, whatever the app is called ("api")',
    example: [
      'ship bundle s3://builds/web-3.zip to deployment group web-prod',
      'codedeploy:CreateDeployment',
    ],
  },
];
