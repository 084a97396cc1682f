// Data: everyday verbs of round 22 (wishes worded by people who do not know AWS's words), merged
// into VERB_SYNONYMS by verbs-everyday.ts. Each says why, with an example query that must find its
// operation in the top five (test/integration/search/verbs-r22-plain.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/**
 * Starting to watch a thing for something turns a detector, recorder or monitoring on: the
 * watching is done by AWS from then on. `watch` alone reads what was seen (data/verbs.ts).
 */
const WATCH_FROM_NOW = { enable: 1, create: 0.9, start: 0.8, monitor: 0.8, put: 0.5 };

export const R22_PLAIN_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'start watching': {
    weights: WATCH_FROM_NOW,
    why: 'to start watching an account or a resource for something turns on what watches it (a detector, a recorder, detailed monitoring), not a read of what it found',
    example: ['start watching our account for hackers and suspicious activity', 'guardduty:CreateDetector'],
  },
  'start monitoring': {
    weights: WATCH_FROM_NOW,
    why: 'to start monitoring a thing turns its monitoring on (detailed monitoring, a detector), not a read of its metrics',
    example: ['start monitoring instance i-0abc1234def567890 every minute', 'ec2:MonitorInstances'],
  },
  'begin watching': {
    weights: WATCH_FROM_NOW,
    why: 'beginning to watch is starting to watch: what watches is turned on',
    example: ['begin watching the account for crypto mining and break-ins', 'guardduty:CreateDetector'],
  },
};
