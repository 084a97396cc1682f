// Data: more asked words (see ../asked.ts) for operations that already have an entry, added in
// issue 16 round 21: the outcome a setting has, in the words people state it with ("never drops
// below n", "how many copies are supposed to run", "after how many failed receives"), not its
// name. Each joins the operation's own asked words (asked-twins.ts); each example must rank its
// operation first (test/integration/search/desired-state-r21-outcome.test.ts).

import type { AskedEntry } from './types.js';

export const ASKED_MORE_R21_OUTCOME: readonly AskedEntry[] = [
  {
    op: 'autoscaling:UpdateAutoScalingGroup',
    asked:
      'never drops below n or goes above m, grow to n and never shrink below m, smallest and largest size allowed',
    example: 'the api fleet should never go above 8 boxes nor fall under 2',
  },
  {
    op: 'autoscaling:DescribeAutoScalingGroups',
    asked: 'smallest and largest it may get, fewest and most allowed',
    example: 'what are the fewest and most servers the batch-asg may run',
  },
  {
    op: 'sqs:GetQueueAttributes',
    asked: 'tries before a message goes to the dead letter queue, max receives',
    example: 'how many tries does payments-queue allow before a message lands in its dlq',
  },
  {
    op: 'ecs:DescribeServices',
    asked: 'how many copies are supposed to be running, tasks meant to be up',
    example: 'how many tasks is the billing service meant to keep running',
  },
  {
    op: 'kms:GetKeyRotationStatus',
    asked: 'gets new key material each year by itself',
    example: 'will alias/orders get new key material every year on its own?',
  },
  {
    op: 'iam:GetRole',
    asked: 'how long a session may last, stay signed in before it expires',
    example: 'for how many hours can a session of the support role last',
  },
  {
    op: 's3:GetBucketVersioning',
    asked: 'keeping old versions when files are overwritten',
    example: 'does the media-assets bucket keep the older copy when a file is replaced?',
  },
  {
    op: 'cloudfront:CreateCachePolicy',
    asked: 'cached pages go stale after some time, fetched fresh from the origin',
    example: 'copies at the edge should expire and be fetched fresh after 30 minutes',
  },
  {
    op: 'cloudfront:UpdateCachePolicy',
    asked: 'cached pages go stale sooner or later, keep pages cached longer',
    example: 'pages should stay cached at the edge for two hours instead of one with policy web-pages',
  },
  {
    op: 'elbv2:ModifyTargetGroup',
    asked: 'only send traffic to targets that answer 200 on a path',
    example: 'the alb should only route to servers that answer 200 on /ready',
  },
  {
    op: 'autoscaling:PutScheduledUpdateGroupAction',
    asked: 'extra servers on weekday mornings, bring up more machines at a set hour',
    example: 'add 3 more machines to asg web every monday to friday at 7 and remove them at 19',
  },
];
