// Data: everyday phrases of compute, container and workflow work (see concepts.ts), round 9 of
// the compute group: "autoscaling group" typed as one word, a Step Functions "run", scaling
// containers rather than servers, who is subscribed to a topic, how long a queue keeps messages.

import type { Concept } from './concepts.js';

export const R9_COMPUTE_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['autoscaling group', 'autoscale group', 'autoscaling grp'],
    terms: 'auto scaling group',
    services: ['autoscaling'],
    why: 'people write the EC2 Auto Scaling group as one word; Application Auto Scaling has scalable targets, never groups',
    example: ['show me the autoscaling groups in us-east-1', 'autoscaling:DescribeAutoScalingGroups'],
  },
  {
    phrases: [
      'state machine run',
      'step functions run',
      'step function run',
      'step functions workflow run',
      'sfn run',
    ],
    terms: 'execution',
    services: ['stepfunctions'],
    why: 'one run of a Step Functions state machine is an execution in the API',
    example: ['did the step function run for order 77 succeed', 'stepfunctions:DescribeExecution'],
  },
  {
    phrases: [
      'scale the containers',
      'scale containers',
      'scale the tasks',
      'scale ecs tasks',
      'scale the ecs service',
      'scale an ecs service',
    ],
    terms: 'scalable target scaling',
    services: ['application-autoscaling', 'ecs'],
    why: 'the task count of an ECS service is scaled by Application Auto Scaling (ecs:service:DesiredCount); EC2 Auto Scaling scales servers, not containers',
    example: [
      'scale the containers of the api service between 2 and 10 on cpu',
      'application-autoscaling:PutScalingPolicy',
    ],
  },
  {
    phrases: [
      'who is subscribed',
      "who's subscribed",
      'who are the subscribers',
      'who gets the notifications',
    ],
    terms: 'list subscriptions subscribers',
    services: ['sns', 'sesv2'],
    why: 'asking who is subscribed asks for the subscriptions of an SNS topic, or the contacts of an SES mailing list',
    example: ['who is subscribed to the deploy-events feed', 'sns:ListSubscriptionsByTopic'],
  },
  {
    phrases: [
      'messages expire',
      'message expiry',
      'messages to expire',
      'keep messages for',
      'messages are kept for',
    ],
    terms: 'message retention period',
    services: ['sqs'],
    why: 'how long a queue keeps a message before it expires is the SQS MessageRetentionPeriod (60 s to 14 days, 4 by default)',
    example: ['keep messages for 14 days on the audit queue', 'sqs:SetQueueAttributes'],
  },
];
