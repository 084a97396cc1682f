// Data: words that say the next token is a name the user gave (src/search/called-names.ts).
// "purge the queue named invoices", "describe the kinesis stream called clickstream", "the
// table 'receipts'": the name's words (invoice, clickstream, receipt) are the user's naming, not a
// concept the task is about, so they are not read (no concept, service or verb of theirs fires).

import type { Reasoned } from './reasoned.js';
import { NAME_BEFORE_KIND } from './names-r12.js';

export const NAMING_WORDS: Reasoned & { readonly words: ReadonlySet<string> } = {
  words: new Set(['named', 'called', 'titled', 'nicknamed']),
  why: 'a token right after "named" or "called" is the thing\'s name, whatever its words mean elsewhere',
  example: ['purge the queue named invoices', 'sqs:PurgeQueue'],
};

/** Quote marks that wrap a one-token name ("the table 'receipts'", `bucket "transcripts"`). */
export const NAME_QUOTES: Reasoned & { readonly marks: RegExp; readonly kinds: ReadonlySet<string> } = {
  marks: /^(["'`])[^"'`]+\1$/,
  /** The kinds a quoted name may follow: the kinds people name (data/names-r12.ts) and their aliases. */
  kinds: new Set([...NAME_BEFORE_KIND.kinds, 'stream', 'group', 'vault', 'key', 'parameter', 'domain']),
  why: 'one quoted token after the kind it names ("the table \'invoices\'") is a name, not a concept',
  example: ["describe the kinesis stream 'clickstream'", 'kinesis:DescribeStream'],
};
