// Data: how a request ends by asking the agent to report back when the task itself is over ("...
// and let me know when it finishes", "..., tell me once it's done"), read by
// src/search/report-back.ts. The clause's subject is the task ("it", "that"), its event the task
// ending: it asks nothing of AWS. Read as words, "let me know when" and "notify me" are how people
// ask for an alarm or a notification rule, which then outranks the task. A named subject or
// another event ("notify me when a build fails") is a real alert and is kept. Each entry says why
// and gives an example (test/integration/search/reading-r21-data.test.ts).

import type { Reasoned } from './reasoned.js';

export interface ReportBackTail extends Reasoned {
  /** The tail's pattern, anchored at the end of the query. */
  readonly pattern: RegExp;
}

/** Asking to be told: "let me know", "tell me", "notify me", "ping me", "report back". */
const TELL = String.raw`(?:let\s+(?:me|us)\s+know|tell\s+(?:me|us)|notify\s+(?:me|us)|ping\s+(?:me|us)|alert\s+(?:me|us)|message\s+(?:me|us)|get\s+back\s+to\s+(?:me|us)|report\s+back|give\s+(?:me|us)\s+a\s+shout)`;
/** When: "when", "once", "as soon as", "after". */
const WHEN = String.raw`(?:when|once|as\s+soon\s+as|after|whenever)`;
/** The task itself as the subject: "it", "it's", "that", "they", "this", "the job", "everything". */
const SUBJECT = String.raw`(?:it|it's|its|that|that's|this|they|they're|everything|the\s+(?:job|run|query|task|copy|load|export|import|build|restore|migration|transfer|upload|backup|deploy(?:ment)?))`;
/** The task ending or getting ready. */
const ENDS = String.raw`(?:(?:is|are|has|have|'s|gets)\s+)?(?:(?:been\s+)?(?:done|finished|complete|completed|over|ready|through|up)|finishes|completes|ends|succeeds|lands|wraps\s+up)`;

export const REPORT_BACK_TAILS: readonly ReportBackTail[] = [
  {
    pattern: new RegExp(
      String.raw`[,;]?\s+(?:and\s+)?(?:then\s+)?${TELL}\s+${WHEN}\s+${SUBJECT}\s+${ENDS}[.!]?\s*$`,
      'i',
    ),
    why: '"and let me know when it finishes" asks the agent to report the task ending, not for an alarm: the task is the clause before it',
    example: ["start the codebuild project web-app and tell me when it's done", 'codebuild:StartBuild'],
  },
  {
    pattern: new RegExp(
      String.raw`[,;]?\s+(?:and\s+)?(?:then\s+)?${TELL}\s+${WHEN}\s+(?:done|finished|complete|ready)[.!]?\s*$`,
      'i',
    ),
    why: '"..., tell me when done" is the same report back with the subject left out',
    example: ['run the glue job nightly-etl, let me know when done', 'glue:StartJobRun'],
  },
];
