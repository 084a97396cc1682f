// Data: words after which (and a determiner: `from the`, `in my`) a query names where the thing it acts on lives, not the thing itself.
// "remove user#17 from the Sessions table" deletes an item, not the table; an operation whose
// name says only the container (DeleteTable) answers another task than one that names the thing.
// Each entry says why and gives a query whose first result must be the operation shown.

import type { Reasoned } from './reasoned.js';

export const CONTAINER_WORDS: Readonly<Record<string, Reasoned>> = {
  from: {
    why: 'the source a thing is taken out of or read from: the thing comes before it',
    example: ['remove user#17 from the Sessions table', 'dynamodb:DeleteItem'],
  },
  in: {
    why: 'the place a thing sits: the thing acted on comes before it',
    example: ['delete the message in the orders queue', 'sqs:DeleteMessage'],
  },
  inside: {
    why: 'the place a thing sits, like in',
    example: ['delete the object inside my bucket tmp-bucket', 's3:DeleteObject'],
  },
  within: {
    why: 'the place a thing sits, like in',
    example: ['get the item with key 42 within the Orders table', 'dynamodb:GetItem'],
  },
};
