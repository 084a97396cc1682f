// Data: a plain one-word name typed right after its kind, behind a preposition ("versioning on
// bucket invoices", "read from repo npm-store in domain acme", "geofences in collection
// depots"): read by src/search/plain-names.ts. Such a word is the user's name for the thing, and
// read as a word it takes the task elsewhere: "invoices" is Textract's expense analysis, "acme"
// starts like ACM's name.

import { NAME_BEFORE_KIND } from './names-r12.js';
import { NAMED_KINDS_R17 } from './names-r17-siblings.js';
import type { Reasoned } from './reasoned.js';

/** Kinds people name and then type the name after, beyond the kebab-name kinds. */
const MORE_KINDS = [
  'collection',
  'workspace',
  'broker',
  'channel',
  'index',
  'ledger',
  'fleet',
  'directory',
  'registry',
  'namespace',
  'workgroup',
  'catalog',
  'keyspace',
  'tracker',
  'map',
  'queue',
  'firewall',
  'mesh',
  'accelerator',
  'gateway',
  'budget',
];

export const PLAIN_NAMES: Reasoned & {
  readonly kinds: ReadonlySet<string>;
  readonly prepositions: ReadonlySet<string>;
  /** What a name looks like: one lower-case word, letters first. */
  readonly name: RegExp;
  /** Words that are no name though they close the phrase: adverbs ("out of service temporarily"). */
  readonly notNames: RegExp;
} = {
  kinds: new Set([...NAME_BEFORE_KIND.kinds, ...NAMED_KINDS_R17.words, ...MORE_KINDS]),
  prepositions: new Set(['on', 'in', 'from', 'of', 'to', 'into', 'for', 'at', 'inside', 'within', 'under']),
  name: /^[a-z][a-z0-9]*$/,
  notNames: /ly$/,
  why: 'after a preposition, a kind and then one plain word closing the phrase is that thing and its name ("on bucket invoices"), unless the kind and the word name an operation together ("on bucket policy")',
  example: ['turn on versioning on bucket invoices', 's3:PutBucketVersioning'],
};
