// Data: verbs of round 17 (paraphrases for the best-known twenty services): making a rule hold
// from now on. "force imdsv2 on the servers", "enforce tls on the bucket", "require long
// passwords for console users" change a setting of the thing (modify, update, put), where the
// verb alone was no verb at all and the query read the thing. Merged into VERB_SYNONYMS
// (data/verbs.ts) through EVERYDAY_AND_LATER like data/verbs-everyday.ts; each example must find
// its operation in the top five (test/integration/search/verbs-r17-para-top.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Making a rule hold: the thing's setting is changed (or, for a new rule, put). */
const RULE = { update: 1, modify: 1, set: 0.9, put: 0.8, enable: 0.6 };

export const R17_PARA_TOP_VERBS: Readonly<Record<string, EverydayVerb>> = {
  force: {
    weights: RULE,
    why: 'forcing a behaviour on a thing ("force imdsv2", "force a new deployment") changes its setting, it does not read it',
    example: [
      'force token-only metadata calls on server i-0abc1234def567890',
      'ec2:ModifyInstanceMetadataOptions',
    ],
  },
  enforce: {
    weights: RULE,
    why: 'enforcing a rule on a thing sets the rule on it, as forcing does',
    example: ['enforce imdsv2 on instance i-0123456789abcdef0', 'ec2:ModifyInstanceMetadataOptions'],
  },
  require: {
    weights: RULE,
    why: 'requiring something of every user or call from now on is a setting changed (a policy, an option)',
    example: [
      'require passwords of at least 14 characters for every iam user',
      'iam:UpdateAccountPasswordPolicy',
    ],
  },
};
