// Data: everyday phrases of on-call and operations work (see concepts.ts), round 7 of the
// operations group: who holds the pager, running a script across a fleet, what a resource looked
// like before a change, which SQL loads a database.

import type { Concept } from './concepts.js';

export const R7_OPS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'who is on call',
      'on call this week',
      'on-call schedule',
      'on call schedule',
      'on-call rotation',
      'pager rotation',
    ],
    terms: 'rotation shifts',
    services: ['ssm-contacts'],
    why: 'on-call schedules and their shifts are Incident Manager contacts rotations, not an incident',
    example: ['who is on call for payments tonight', 'ssm-contacts:ListRotationShifts'],
  },
  {
    phrases: [
      'across the fleet',
      'whole fleet',
      'on every instance',
      'on all instances',
      'on all my instances',
    ],
    terms: 'send command',
    services: ['ssm'],
    why: 'running the same script on many instances at once is Systems Manager Run Command',
    example: ['restart the logging agent on every instance tagged env=prod', 'ssm:SendCommand'],
  },
  {
    phrases: [
      'look like before',
      'looked like before',
      'configuration history',
      'config history',
      'configuration timeline',
    ],
    terms: 'resource config history',
    services: ['config'],
    why: 'AWS Config records each configuration a resource had, so it can say what it was before a change',
    example: ['what did the bucket policy look like before friday', 'config:GetResourceConfigHistory'],
  },
  {
    phrases: ['sql statements', 'slow sql', 'slowest queries', 'expensive queries', 'heaviest queries'],
    terms: 'dimension keys',
    services: ['pi'],
    why: 'Performance Insights ranks the SQL statements that put the most load on a database',
    example: ['which sql statements are hammering the aurora cluster', 'pi:DescribeDimensionKeys'],
  },
];
