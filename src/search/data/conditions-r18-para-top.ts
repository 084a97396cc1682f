// Data: "when" opening a condition, not a question (intent.ts isQuestion). "when does the cert
// expire" asks; "when an async call of my function fails, send the event to a queue" asks for
// a standing rule, a change. A question with "when" puts its auxiliary right after it (every
// "when" question in the people set does); a condition goes on with its subject.

import type { Reasoned } from './reasoned.js';

/** Words that, right after "when", make it ask a time ("when DID ...", "when WILL ..."). */
export const WHEN_QUESTION_NEXT: ReadonlySet<string> = new Set([
  ...['do', 'does', 'did', 'is', 'was', 'are', 'were', 'will', 'would', 'can', 'could', 'should'],
  ...['has', 'have', 'had', 'shall', 'might', 'may', "what's", "when's"],
]);

export const WHEN_CONDITION: Reasoned = {
  why: '"when X fails, do Y" names a condition and the change to make then: a request, not a question about a time',
  example: [
    'when a background call of my function fails, send the event to a queue',
    'lambda:PutFunctionEventInvokeConfig',
  ],
};
