// Data: concepts (see concepts.ts) for issue 16 round 19, on-call wordings: the everyday words an
// engineer uses mid-incident for a state or a record that another name holds (an instance put
// "into standby" in its Auto Scaling group, the errors a function "logged", what "changed in the
// account").

import type { Concept } from './concepts.js';

export const R19_ONCALL_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['into standby', 'in standby', 'on standby', 'to standby'],
    terms: 'enter standby auto scaling group instance',
    services: ['autoscaling'],
    why: 'an instance put into standby stays in its Auto Scaling group but out of service: EnterStandby (a standby database is another phrase: "the standby", "hot standby")',
    example: ['move i-0abc1234def567890 into standby while we patch it', 'autoscaling:EnterStandby'],
  },
  {
    phrases: ['out of standby', 'back from standby'],
    terms: 'exit standby auto scaling group instance',
    services: ['autoscaling'],
    why: 'an instance brought out of standby returns to service in its Auto Scaling group: ExitStandby',
    example: ['bring i-0abc1234def567890 out of standby in asg web', 'autoscaling:ExitStandby'],
  },
  {
    phrases: [
      'errors logged',
      'error logs',
      'errors in the logs',
      'errors in its logs',
      'has logged',
      'have logged',
    ],
    terms: 'filter log events',
    services: ['logs'],
    why: 'the errors a function, task or host logged are lines of its CloudWatch log group: read by filtering its events, not by reading the function',
    example: ['show the errors logged by function checkout-api since noon', 'logs:FilterLogEvents'],
  },
  {
    phrases: [
      'changed in the account',
      'changed in my account',
      'changed in our account',
      'changes in the account',
      'changes in my account',
      'changes in our account',
    ],
    terms: 'lookup events api activity',
    services: ['cloudtrail'],
    why: 'what changed across an account, with no one resource named, is its recorded API activity: CloudTrail events (one resource’s history is AWS Config’s)',
    example: ['list the changes in our account since 9am', 'cloudtrail:LookupEvents'],
  },
];
