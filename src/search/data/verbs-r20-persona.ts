// Data: everyday verbs of round 20 (specialists' wordings), merged into VERB_SYNONYMS by
// verbs-everyday.ts (an entry here overrides one there). Each says why, with an example query
// that must find its operation in the top five (test/integration/search/verbs-r20-persona.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

export const R20_PERSONA_VERBS: Readonly<Record<string, EverydayVerb>> = {
  // security tools keep suppressed findings out of sight by a filter (GuardDuty, Inspector), a
  // workflow status (Security Hub) or an archive; SES keeps a suppressed address on its list
  suppress: {
    weights: { create: 1, update: 0.8, put: 0.8 },
    why: 'suppressing findings or alerts hides the ones that match from now on: a suppression filter is made, findings updated or archived; it is not a read of them',
    example: ['suppress guardduty findings from our pentest scanner ip range', 'guardduty:CreateFilter'],
  },
};
