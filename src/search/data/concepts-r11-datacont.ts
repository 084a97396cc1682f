// Data: concepts (see concepts.ts) for the data-and-containers group, issue 16 round 11: keeping
// a task or machine "from being killed" is a protection setting, not the stop it names.

import type { Concept } from './concepts.js';

export const R11_DATACONT_CONCEPTS: readonly Concept[] = [
  {
    // "stop ecs from killing this task": the leading verb is the opposite of what is wanted
    phrases: [
      'from killing',
      'from being killed',
      'from getting killed',
      'from terminating',
      'from being terminated',
      'from getting terminated',
      'from scaling in',
      'from being scaled in',
    ],
    terms: 'protection protect',
    why: 'stopping or keeping something "from being killed or terminated" asks for its protection setting (task scale-in protection, instance termination or scale-in protection), never to stop it now',
    example: ['stop ecs from killing this task during scale in', 'ecs:UpdateTaskProtection'],
  },
  {
    phrases: [
      'from deleting',
      'from being deleted',
      'from getting deleted',
      'from accidentally deleting',
      'from accidental deletion',
      'from accidental deletes',
    ],
    terms: 'update deletion protection termination protection',
    why: 'keeping a table, database or stack "from being deleted" asks for its deletion (or termination) protection setting, never to delete it',
    example: ['stop anyone from deleting the prod orders table in dynamo', 'dynamodb:UpdateTable'],
  },
];
