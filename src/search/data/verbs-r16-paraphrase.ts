// Data: verbs of round 16 (paraphrases): being told about something later. "get warned when",
// "be notified if" ask for a watch to be set up (an alarm, a monitor, a rule, a subscription),
// not for a read now, which "get" alone would say. Merged into VERB_SYNONYMS (data/verbs.ts)
// through EVERYDAY_AND_LATER like data/verbs-everyday.ts; each example must find its operation in
// the top five (test/integration/search/verbs-r16-paraphrase.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Setting up what warns later: a monitor, alarm or rule is made, a subscription added. */
const WATCH = { create: 1, put: 0.9, subscribe: 0.7, enable: 0.5 };

export const R16_PARAPHRASE_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'get warned': {
    weights: WATCH,
    why: 'getting warned when something happens asks for a watch set up now, not a read of what happened',
    example: [
      'get warned when our users in some region hit internet outages',
      'internetmonitor:CreateMonitor',
    ],
  },
  'be warned': {
    weights: WATCH,
    why: 'being warned later asks for a watch set up now (an alarm, a monitor), like "get warned"',
    example: [
      'i want to be warned when the database cpu stays above 80 percent',
      'cloudwatch:PutMetricAlarm',
    ],
  },
  'get notified': {
    weights: WATCH,
    why: 'getting notified when something happens is a notification rule, alarm or subscription set up now',
    example: [
      'get notified when a build in codebuild fails',
      'codestar-notifications:CreateNotificationRule',
    ],
  },
  'be notified': {
    weights: WATCH,
    why: 'being notified later is a notification set up now, like "get notified"',
    example: [
      'be notified when an object is uploaded to bucket inbox',
      's3:PutBucketNotificationConfiguration',
    ],
  },
  'get alerted': {
    weights: WATCH,
    why: 'getting alerted when a metric crosses a line is an alarm set up now',
    example: ['get alerted when cpu on the web servers passes 90 percent', 'cloudwatch:PutMetricAlarm'],
  },
  'be alerted': {
    weights: WATCH,
    why: 'being alerted later is an alarm set up now, like "get alerted"',
    example: ['be alerted if the lambda error rate goes above 5 percent', 'cloudwatch:PutMetricAlarm'],
  },
};
