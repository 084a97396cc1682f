// Data: words that say a service is NOT the one wanted (issue 16, round 18). "give the function
// its own https endpoint without api gateway" asks for a Lambda function URL: the service named
// after "without" is the one avoided, so it must not be favoured as a service the query names.
// Its words still count as words (an operation's asked words may say "no api gateway needed").
// Read by avoided-services.ts; the example is tested in test/integration/search/known-r18.test.ts.

import type { Reasoned } from './reasoned.js';

export const AVOIDED_SERVICE_MARKERS: Reasoned & {
  /** Word sequences right before a service name (an article may come between). */
  readonly markers: readonly (readonly string[])[];
  /** Words that may stand between the marker and the name. */
  readonly between: ReadonlySet<string>;
} = {
  markers: [['without'], ['instead', 'of'], ['rather', 'than'], ['not', 'through'], ['not', 'via']],
  between: new Set(['a', 'an', 'the', 'any', 'using', 'our', 'my']),
  why: 'a service named after "without" or "instead of" is the one the task avoids, not the one it asks for',
  example: ['expose lambda billing-hook over https without an api gateway', 'lambda:CreateFunctionUrlConfig'],
};
