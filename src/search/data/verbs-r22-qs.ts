// Data: how engineers ask a colleague to show them something, merged into VERB_SYNONYMS by
// verbs-everyday.ts. Alone, "pull" takes (receive, download), "give" grants and "tell" is no verb,
// so "pull up the health of the beanstalk environment" read a change and "give me the arn of the
// orders topic" found AddPermission. Said to a person, these only ask to see the thing; they are
// also showing verbs (question-concepts.ts showsOnly), so a concept in the request lends no
// change. "give me a/an X" is left out: a new thing is made ("give me a managed influxdb"), as
// data/phrasal-verbs-r14.ts 'give a' reads. Not "tell me the": "tell" as a verb of the table makes
// "till" a typo of it (typo-start-r16.test.ts). Each example must find its operation in the top
// five (test/integration/search/verbs-r22-qs.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Showing a thing to the one who asks: its read. */
const SHOW_ME = { describe: 1, get: 1, list: 0.9, lookup: 0.6 };

export const R22_QS_SHOW_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'pull up': {
    weights: SHOW_ME,
    why: 'pulling up a thing (its details, health, logs) brings it onto the screen: a read, not a receive or a download',
    example: ['pull up the details of the rabbitmq broker in prod', 'mq:DescribeBroker'],
  },
  // "give me the next free /24 from the pool" is handed out new: allocation keeps a weight
  'give me the': {
    weights: { ...SHOW_ME, allocate: 0.8 },
    why: '"give me the X" asks to be handed what X is (a value, a setting, a list), not to grant anything',
    example: ['give me the arn of the orders sns topic', 'sns:GetTopicAttributes'],
  },
  'give me our': {
    weights: SHOW_ME,
    why: '"give me our X" asks to be handed the X we have, as "give me the X" does',
    example: ['give me our list of verified ses identities', 'sesv2:ListEmailIdentities'],
  },
  'fill me in on': {
    weights: SHOW_ME,
    why: 'being filled in on a thing is being told its state: a read',
    example: [
      'fill me in on the health of the beanstalk environment web-prod',
      'elasticbeanstalk:DescribeEnvironmentHealth',
    ],
  },
};

/** The phrases above that open a request to be shown a thing (question-concepts.ts showsOnly). */
export const R22_QS_SHOW_PHRASES: ReadonlySet<string> = new Set(Object.keys(R22_QS_SHOW_VERBS));
