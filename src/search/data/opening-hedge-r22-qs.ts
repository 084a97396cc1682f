// Data: what people put before a question to a colleague ("quick question, how many ...", "so,
// is the ...", "roughly how many users ..."), cut by src/search/step-label.ts before anything
// reads the query. A question is read from its first words (intent.ts isQuestion: "how many",
// "is", "which"), so one word before them turned "roughly how many users have signed up in the
// cognito pool" into a request whose verb was "sign up" (SignUp first). Each entry says why and
// gives an example whose operation must come first (test/integration/search/opening-hedge-r22-qs.test.ts).

import type { StepLabel } from './step-label-r20.js';

/** Where the question itself opens: the words intent.ts reads a question from. */
const QUESTION_OPENS = String.raw`(?=(?:how|what|what's|which|who|whose|where|when|why|is|are|was|were|do|does|did|has|have|can|could|will|should|any|anything)\b)`;

export const OPENING_HEDGES: readonly StepLabel[] = [
  {
    pattern: new RegExp(
      String.raw`^(?:(?:hey|hi|ok|okay|so|um|uh|also|and|btw|by the way|quick question|quick one|real quick|just curious|out of curiosity|sanity check|one more thing|question)\s*[,:;.!-]*\s+)+` +
        QUESTION_OPENS,
      'i',
    ),
    why: 'a greeting or a filler before a question ("quick question:", "so,", "btw") only opens the talk; the question starts after it',
    example: [
      'quick question: how many shards does the clickstream kinesis stream have',
      'kinesis:DescribeStreamSummary',
    ],
  },
  {
    pattern: new RegExp(
      String.raw`^(?:roughly|approximately|approx\.?|about|around|ballpark|more or less)\s*,?\s+(?=how\s+(?:many|much|big|large|long|old)\b)`,
      'i',
    ),
    why: '"roughly how many" asks how many, only less exactly: the number is still read from the thing, nothing is done',
    example: ['roughly how many users have signed up in the customer cognito pool', 'cognito-idp:ListUsers'],
  },
];
