// Data: nouns that round-14 change verbs act on (see concepts.ts): "out of service" is the state
// a member of a group is put in and taken out of (take out of service, put back in service).

import type { Concept } from './concepts.js';

export const R14_VERB_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['out of service', 'back in service', 'back into service'],
    terms: 'standby',
    services: ['autoscaling'],
    why: 'an instance of an auto scaling group is taken out of service by putting it on standby, and back by ending that',
    example: [
      'take i-0fedcba9876543210 out of service in auto scaling group web-asg',
      'autoscaling:EnterStandby',
    ],
  },
];
