// A file in a query (`s3://calls/0412.wav`, `invoice.pdf`) asked for its contents ("the words",
// "the faces in") names the service that reads that kind of content (data/file-kinds.ts), not
// S3 where it is stored.

import type { SearchIndexData } from './index-build.js';
import { replaceVerbs, type Mutable } from './plan-terms.js';
import type { QueryPlan } from './query-plan.js';
import { FILE_ACTIONS, FILE_KINDS, FILE_WORD_WINDOW, type FileReading } from './data/file-kinds.js';

const EXTENSION = /\.([a-z0-9]{2,5})$/i;
// an object key in an s3:// URI, or a bare file name
const FILE = /^(?:s3:\/\/[^/\s]+\/)?[\w./-]*[\w-]\.[a-z0-9]{2,5}$/i;

/** The reading of the file in `token` that a word near it (at `at`) asks for, if any. */
export function fileReading(
  token: string,
  rawTokens: readonly string[],
  at: number,
): FileReading | undefined {
  if (!FILE.test(token)) return undefined;
  const ext = EXTENSION.exec(token)?.[1]?.toLowerCase();
  const kind = FILE_KINDS.find((k) => k.extensions.includes(ext ?? ''));
  if (!kind) return undefined;
  const near = rawTokens.slice(Math.max(0, at - FILE_WORD_WINDOW), at + FILE_WORD_WINDOW + 1);
  const typed = new Set(near.map((t) => t.toLowerCase().replace(/^\W+|\W+$/g, '')));
  if ([...typed].some((w) => FILE_ACTIONS.has(w))) return undefined;
  return kind.readings.find((r) => r.words.some((w) => typed.has(w)));
}

/**
 * A file asked for its contents (the hint's `verbs`): reading them is the task, so the reading
 * operation's verbs replace a generic reading verb (get, what, find) and the task is no longer
 * read-only (a transcription job is started).
 */
export function addFileReadingVerbs(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  hints: readonly { verbs?: Readonly<Record<string, number>> }[],
): void {
  const verbs = hints.find((h) => h.verbs)?.verbs;
  if (!verbs) return;
  replaceVerbs(ix, plan, verbs);
  plan.readOnly = false;
}

/**
 * A query-language snippet pasted with no verb ("g.V().count() on our neptune cluster") is there
 * to be run: the verbs that run it (data/snippet-ids.ts `runs`) are the task's, not a generic read.
 */
export function addSnippetRunVerbs(
  ix: SearchIndexData,
  plan: Mutable<QueryPlan>,
  hints: readonly { runs?: Readonly<Record<string, number>> }[],
  typedVerb: boolean,
): void {
  const verbs = hints.find((h) => h.runs)?.runs;
  if (!verbs || typedVerb || plan.question) return;
  replaceVerbs(ix, plan, verbs);
  plan.readOnly = false;
}
