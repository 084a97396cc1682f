// Data: concepts (see concepts.ts) for the serverless group (lambda, api gateway, sqs, sns),
// issue 16 round 11: how people say they want notifications emailed to them, or want them to
// stop, without naming a topic or a subscription.

import type { Concept } from './concepts.js';

export const R11_SERVERLESS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'alerts emailed',
      'notifications emailed',
      'alarms emailed',
      'email the alerts',
      'email alerts to',
      'email the notifications',
      'alerts sent to my email',
      'alerts to my inbox',
      'alerts to the oncall',
      'alerts to the on-call',
    ],
    terms: 'subscribe email topic',
    services: ['sns'],
    why: "alerts and notifications reach an inbox by an email subscription to the SNS topic the alarms publish to; SES sends an application's own mail, it does not route alerts",
    example: ['get the alerts emailed to dev-team@example.com', 'sns:Subscribe'],
  },
  {
    phrases: [
      'stop getting emails',
      'stop getting notifications',
      'stop getting alerts',
      'stop receiving emails',
      'stop receiving notifications',
      'stop receiving alerts',
      'no longer get emails',
      'no longer get alerts',
      'no longer receive notifications',
    ],
    terms: 'unsubscribe',
    why: "to stop getting emails or alerts is to remove one's own subscription (unsubscribe), not to disable the alarm or delete the topic that others still rely on",
    example: ['I want to stop receiving alerts from the ops-pager topic', 'sns:Unsubscribe'],
  },
];
