// Data: round 12's concepts of what a question refers to (see concepts.ts). "why is the dms task
// in a failed state": the state of a thing is its status, read from the thing itself, not a Step
// Functions state (whose service the word `state` otherwise names).

import type { Concept } from './concepts.js';

export const R12_REFS_CONCEPTS: readonly Concept[] = [
  {
    phrases: [
      'failed state',
      'failure state',
      'error state',
      'stuck state',
      'bad state',
      'broken state',
      'unhealthy state',
      'degraded state',
      'invalid state',
      'inconsistent state',
    ],
    terms: 'status',
    services: [],
    why: 'a thing "in a failed state" has that status: its own describe call holds it, whatever service it is',
    example: ['why is the dms task in a failed state', 'dms:DescribeReplicationTasks'],
  },
];
