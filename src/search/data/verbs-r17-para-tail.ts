// Data: everyday verbs of round 17 (paraphrases of services outside the best-known twenty) that
// the synonym table lacked: "ring a customer" starts a phone call. ("train" is left out: stemmed, the
// noun "training jobs" would read as the verb.) Merged into VERB_SYNONYMS (data/verbs.ts)
// through EVERYDAY_AND_LATER like data/verbs-everyday.ts; each example must find its operation in
// the top five (test/integration/search/verbs-r17-para-tail.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R17_PARA_TAIL_VERBS: Readonly<Record<string, EverydayVerb>> = {
  'alert me': {
    weights: { create: 1, put: 0.9, subscribe: 0.7, enable: 0.5 },
    why: 'asking to be alerted when something happens sets a watch up now (an alarm, a monitor), like "get warned" (verbs-r16-paraphrase.ts)',
    example: [
      'alert me when users in some country start seeing internet outages reaching our app',
      'internetmonitor:CreateMonitor',
    ],
  },
  'start collecting': {
    weights: { create: 1, start: 1, enable: 0.7, put: 0.5 },
    why: 'to start collecting something (profiles, flow logs, API calls) sets up what collects it: a Create* as often as a Start*',
    example: ['start collecting flow logs for vpc-0a1b2c3d', 'ec2:CreateFlowLogs'],
  },
  ring: {
    weights: { start: 1, create: 0.4 },
    why: 'ringing someone places a phone call: an outbound call is started (StartOutboundVoiceContact)',
    example: ['ring the customer back from our connect instance', 'connect:StartOutboundVoiceContact'],
  },
};
