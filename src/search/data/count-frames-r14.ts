// Data: how people ask for a count without "how many": "give me THE NUMBER OF dynamodb tables",
// "number of beanstalk environments we run", "what's the count of open findings". The frame
// asks to read the set and count it (count-frames.ts), as "how many" does
// (data/question-verbs.ts): the verb before it (give, get, tell) only asks, and a verb after it
// ("we run") is in a clause that says which things. Each entry says why and gives a query that
// must find its operation in the top five (test/integration/search/count-frames-r14.test.ts).

import type { Reasoned } from './reasoned.js';

/** The nouns that frame a count when "of" follows them. */
export const COUNT_NOUNS: Readonly<Record<string, Reasoned>> = {
  number: {
    why: '"the number of X" asks how many X there are: the list of X answers it',
    example: ['give me the number of dynamodb tables in this account', 'dynamodb:ListTables'],
  },
  count: {
    why: '"the count of X" asks how many X there are',
    example: ["what's the count of secrets in secrets manager", 'secretsmanager:ListSecrets'],
  },
  total: {
    why: '"the total of X" counts them (a total of money is a cost, which names its own words)',
    example: ['tell me the total of sqs queues in us-east-1', 'sqs:ListQueues'],
  },
};

/**
 * Words that may come before a count frame and only ask for it ("give me the", "what's the
 * exact"): with anything else before it ("raise the number of shards"), the frame is what a
 * change sets, not a count asked.
 */
export const COUNT_ASKING_WORDS: ReadonlySet<string> = new Set([
  'give',
  'get',
  'tell',
  'show',
  'find',
  'report',
  'what',
  "what's",
  'whats',
  'is',
  'me',
  'us',
  'i',
  'need',
  'want',
  'the',
  'a',
  'exact',
  'current',
  'total',
  'please',
]);
