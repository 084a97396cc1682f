// Data: the pieces English contractions leave once a query is split into words (text.ts splits at
// the apostrophe): "can't" -> "can" + "t", "doesn't" -> "doesn" + "t", "what's" -> "what" + "s".
// As words they mean nothing to an operation, yet the first one after "why" became the head noun
// ("why can't my lambda reach the database" read "t" as the thing asked about).

import type { Reasoned } from './reasoned.js';

/**
 * The halves of "n't": never a content word of a query, so never a term or the head
 * (contractions.ts isNegatedHalf), while the reading steps that look for a negation still see
 * them among its words ("t" in data/purpose-clause-r16-requests.ts MODAL_NEGATIONS). Not stop
 * words: indexed documentation keeps its words as they were. Not "don" (the stem of "done"),
 * "won" ("which design won") or "cannot", which asked words use ("cannot call": access not granted).
 */
export const NEGATED_HALVES: Reasoned & { readonly words: readonly string[] } = {
  words: [
    't',
    'doesn',
    'didn',
    'isn',
    'aren',
    'wasn',
    'weren',
    'hasn',
    'haven',
    'hadn',
    'couldn',
    'shouldn',
    'wouldn',
  ],
  why: 'the halves of a negated contraction ("can\'t", "isn\'t", "won\'t") are not content words, so never the head noun',
  example: ["why isn't the orders glue crawler picking up new partitions?", 'glue:GetCrawler'],
};

/**
 * The clitic after a pronoun or a question word is a verb ("what's" = what is, "we're", "I'll"):
 * read as the stop word it stands for ("is", "are", "will"; contractions.ts). After a noun "'s" is a possessive ("the
 * bucket's policy") and stays as typed: its "s" keeps apart the words on either side, which
 * otherwise run into a phrase of their own ("the app's user pool" is not an "app user").
 */
export const CLITICS: Reasoned & { readonly pattern: RegExp } = {
  pattern:
    /\b(what|who|that|it|there|here|where|how|when|why|which|let|he|she|i|we|you|they)['’](s|re|ve|ll|d|m)\b/gi,
  why: 'the "\'s", "\'re", "\'ll", "\'m" of "what\'s", "we\'re", "I\'ll" is a verb, never the thing asked about',
  example: ["what's the retention on the orders-audit log group?", 'logs:DescribeLogGroups'],
};

/**
 * "won't" splits into "won", a word of its own ("which design won"), which stays a content word:
 * spelt as the other negated modal (contractions.ts), whose halves are stop words.
 */
export const WONT: Reasoned & { readonly pattern: RegExp; readonly spelt: string } = {
  pattern: /\bwon['’]t\b/gi,
  spelt: "wouldn't",
  why: '"won\'t" is "will not": its "won" is not the past of win, so it is never the head noun',
  example: ["why won't the checkout ecs task start?", 'ecs:DescribeTasks'],
};
