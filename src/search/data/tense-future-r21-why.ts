// Data: how a question says it asks about what is coming ("are we on track to go over the
// budget", "will we exceed it this month"): the record of what already happened (a budget's
// performance history) answers another question; the thing's own read with its forecast, or the
// forecast itself, answers (src/search/tense.ts). The reverse of data/tense-words.ts.

import type { TenseWords } from './tense-words.js';

/** Words (one each, as typed) that put a question in the future. */
export const FUTURE_MARKERS: TenseWords = {
  words: new Set(['will', 'going', 'track', 'projected', 'heading', 'expected']),
  why: 'a question about what will happen (will we, going to, on track to) is answered by a forecast or the current read, not by the record of the past',
  example: ['will the ec2 spend go over budget', 'budgets:DescribeBudget'],
};

/** Name words of operations that read the past: in a question about the future they answer another one. */
export const PAST_NAME_WORDS: TenseWords = {
  words: new Set(['history']),
  why: 'a history records what happened; whether a limit will be crossed is in the forecast of the thing',
  example: ['are we on track to blow through the monthly budget', 'budgets:DescribeBudget'],
};
