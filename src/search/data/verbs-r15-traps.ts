// Data: change verbs (issue 16, round 15) whose lack let a concept's own verb take the task over:
// with no verb read in "email the invoice pdf to the customer", the invoice concept's "analyze"
// (Textract) was the only verb. Merged into
// VERB_SYNONYMS (data/verbs.ts) like data/verbs-r14.ts; each entry's example must find its
// operation in the top five (test/integration/search/called-names-r15.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R15_TRAP_VERBS: Readonly<Record<string, EverydayVerb>> = {
  email: {
    weights: { send: 1, notify: 0.8 },
    why: 'to email something is to send it as an email (SES SendEmail), whatever the thing sent; to email people notifies them',
    example: ['email the quarterly invoice pdf to the customer', 'sesv2:SendEmail'],
  },
};
