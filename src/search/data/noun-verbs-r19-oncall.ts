// Data: round 19's verbs read by the noun they take (see data/noun-verbs.ts, which spreads these
// in), from on-call wordings. Resolving, closing or acknowledging an incident, a ticket or an
// OpsItem sets the state of a record that exists: an Update* of it (UpdateIncidentRecord,
// UpdateOpsItem), where no Resolve* call is named for it (support ResolveCase is), and never the
// call that opens one (StartIncident), which the noun's own service otherwise leads with. Moving
// the primary fails over; draining a container host sets its state.

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
  {
    verbs: ['move', 'switch', 'shift', 'flip', 'swap', 'transfer'],
    nouns: ['primary', 'writer', 'master', 'leader'],
    indefinite: false,
    weights: { failover: 1, switchover: 0.9, promote: 0.6, update: 0.3 },
    why: 'moving the primary (writer, master) role of a database or cache to another copy is a failover or switchover, not a move of data',
    example: ['switch the writer of aurora cluster orders to another instance', 'rds:FailoverDBCluster'],
  },
  {
    verbs: ['drain'],
    nouns: ['container', 'containers', 'host', 'hosts'],
    indefinite: false,
    weights: { update: 1, deregister: 0.4 },
    why: 'draining a container host moves its tasks off while it stays registered: its state is set to DRAINING (ECS UpdateContainerInstancesState), it is not removed',
    example: [
      'drain the container instance 9c1e2f from ecs cluster api',
      'ecs:UpdateContainerInstancesState',
    ],
  },
];
