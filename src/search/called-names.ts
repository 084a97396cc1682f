// Names the user gives with a naming word or quotes (data/called-names-r15.ts): "the queue named
// invoices", "the stream called clickstream", "the table 'receipts'". Such a token is dropped
// from the words read (kept-tokens.ts), like a kebab name, so a concept spelt the same way
// (invoice -> Textract, clickstream -> Kinesis PutRecord) does not take the task over.

import { NAME_QUOTES, NAMING_WORDS } from './data/called-names-r15.js';
import { STOP_WORDS } from './data/stop-words.js';

const NAME_LIKE = /^[a-z0-9][a-z0-9._-]*$/i;
/** The token without quotes around it and punctuation after it. */
const bare = (token: string): string => token.replace(/[.,;:!?]+$/, '').replace(/^["'`]|["'`]$/g, '');

/** Whether raw[i] is a name given right after "named"/"called", or one quoted token after its kind. */
export function calledName(raw: readonly string[], i: number): boolean {
  const t = bare(raw[i]!);
  const before = (raw[i - 1] ?? '').toLowerCase();
  const prev = bare(before);
  // a comma after the naming word ends it: "the one called, then ..." names nothing
  const naming = NAMING_WORDS.words.has(before);
  if (naming && NAME_LIKE.test(t) && !STOP_WORDS.has(t.toLowerCase())) return true;
  return NAME_QUOTES.marks.test(raw[i]!.replace(/[.,;:!?]+$/, '')) && NAME_QUOTES.kinds.has(prev);
}
