// Data: round 19's verbs read by the noun they take (see data/noun-verbs.ts, which spreads these
// in), from on-call wordings. Resolving, closing or acknowledging an incident, a ticket or an
// OpsItem sets the state of a record that exists: an Update* of it (UpdateIncidentRecord,
// UpdateOpsItem), where no Resolve* call is named for it (support ResolveCase is), and never the
// call that opens one (StartIncident), which the noun's own service otherwise leads with.

import type { NounVerb } from './noun-verbs.js';

export const NOUN_VERBS_R19_ONCALL: readonly NounVerb[] = [
  {
    verbs: ['resolve', 'close', 'acknowledge', 'ack', 'mark'],
    nouns: [
      ...['incident', 'incidents', 'ticket', 'tickets', 'case', 'cases', 'opsitem', 'opsitems'],
      ...['outage', 'page', 'sev1', 'sev2', 'sev3'],
    ],
    indefinite: false,
    weights: { update: 1, resolve: 0.9, close: 0.6 },
    why: 'resolving, closing or acknowledging an incident or ticket sets the status of its record (an Update*, or a Resolve* where one exists), it does not open one',
    example: ['resolve the incident for the checkout outage', 'ssm-incidents:UpdateIncidentRecord'],
  },
];
