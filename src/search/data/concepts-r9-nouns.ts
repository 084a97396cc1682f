// Data: everyday nouns for AWS things (see concepts.ts), round 9 of the nouns group: a login for a
// person is a user of the service that hosts it, a reservation named by its cache engine is an
// ElastiCache reserved node, the use of a network hub given to another account is a RAM share.

import type { Concept } from './concepts.js';

export const R9_NOUN_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['login for a', 'logins for', 'login for each', 'new login', 'seat for a'],
    terms: 'user',
    why: 'a login, or a seat, given to a person is a user of the service that hosts it (Transfer Family, WorkSpaces, IAM Identity Center), not the server',
    example: ['set up a login for a contractor on the transfer family server', 'transfer:CreateUser'],
  },
  {
    phrases: [
      'reserved capacity for my redis',
      'reserved capacity for our memcached',
      'reserved capacity for my valkey',
      'reserved redis',
      'reserved memcached',
      'reserved valkey',
      'redis reservation',
      'redis reservations',
    ],
    terms: 'reserved cache nodes',
    services: ['elasticache'],
    why: 'a reservation named by its cache engine (Redis, Valkey, Memcached) is an ElastiCache reserved cache node, not an EC2 capacity reservation',
    example: ['list our reserved redis nodes and their end dates', 'elasticache:DescribeReservedCacheNodes'],
  },
  {
    phrases: ['use of our transit gateway', 'use of the transit gateway', 'use our transit gateway'],
    terms: 'create resource share',
    services: ['ram'],
    why: 'another account gets the use of a transit gateway only through a RAM resource share',
    example: ['let the network account make use of our transit gateway', 'ram:CreateResourceShare'],
  },
];
