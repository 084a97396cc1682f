// Data: a moment typed as a value. A date or a timestamp a thing is taken back "to", "at" or "as
// of" ("restore the orders table to 2024-05-01T10:00Z", "export it as of 2024-06-01") is the point
// in time the task works from: the point-in-time restore or export, not the plain restore of a
// backup or a snapshot. A range ("from 2024-05-01 to 2024-06-01", "between ... and ...") is a
// window to read or replay, not one moment. Read by src/search/time-value.ts; each entry says why
// and gives an example the tests check.

import type { Reasoned } from './reasoned.js';

/** How a moment is typed (lowercase, trailing punctuation dropped). */
export const MOMENT_SHAPES: readonly (Reasoned & { pattern: RegExp })[] = [
  {
    // 2024-05-01T10:00Z, 2024-05-01t10:00:00.000+02:00
    pattern: /^\d{4}-\d{2}-\d{2}t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?$/,
    why: 'an ISO 8601 timestamp names one moment to the minute, as restore and export APIs take it',
    example: [
      'restore table carts to 2024-03-10T08:30:00Z as carts-copy',
      'dynamodb:RestoreTableToPointInTime',
    ],
  },
  {
    // 2024-05-01 (a time may follow as its own word: "2024-06-02 03:15 UTC")
    pattern: /^\d{4}-\d{2}-\d{2}$/,
    why: 'a calendar date a thing is taken back to is the moment it is restored as',
    example: [
      'roll aurora cluster aurora-prod back to 2024-06-01 12:00 as aurora-fix',
      'rds:RestoreDBClusterToPointInTime',
    ],
  },
];

/** Words right before a moment that make it the moment a thing is taken to (as typed). */
export const MOMENT_MARKERS: Readonly<Record<string, Reasoned>> = {
  to: {
    why: 'a thing restored to a moment is restored as it was then',
    example: ['restore the sessions table to 2024-02-02T02:00Z', 'dynamodb:RestoreTableToPointInTime'],
  },
  at: {
    why: 'a thing recovered as it was at a moment is recovered to that point in time',
    example: [
      'recover database orders-db as it was at 2024-04-04T04:04Z',
      'rds:RestoreDBInstanceToPointInTime',
    ],
  },
  of: {
    why: '"as of" a moment is the state at that point in time',
    example: [
      'export table payments as of 2024-01-31T23:59Z to s3://exports/payments/',
      'dynamodb:ExportTableToPointInTime',
    ],
  },
};

/** Words that open a window of time rather than one moment ("from X to Y", "between X and Y"). */
export const WINDOW_OPENERS: ReadonlySet<string> = new Set(['from', 'between', 'since', 'after']);

/** What a moment taken back to means, as index terms. */
export const MOMENT_TERMS = ['point', 'in', 'time'] as const;
