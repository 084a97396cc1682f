// Data: round 18's verbs whose result AWS names as a noun (see verb-nouns.ts, which spreads these
// in). "backup the invoices table", "backup db orders": the thing typed
// is what the backup or snapshot is OF, so the result is the head noun and the thing its
// container; read as the head, "table" found CreateTable.

import type { VerbNoun } from './verb-nouns.js';

/** Things a backup or a snapshot is taken of. */
const BACKED_UP = [
  ...['table', 'tables', 'instance', 'instances', 'database', 'databases', 'db', 'cluster'],
  ...['clusters', 'volume', 'volumes', 'disk', 'disks', 'bucket', 'server', 'vm'],
];

export const R18_KNOWN_VERB_NOUNS: Readonly<Record<string, VerbNoun>> = {
  backup: {
    terms: 'backup',
    places: BACKED_UP,
    why: 'backing up a table, database or volume makes a backup of it: the backup is made, the table is where it comes from',
    example: ['backup the invoices table in dynamodb', 'dynamodb:CreateBackup'],
  },
};
