// Data: verbs of amount that busy people use for a change of size (round 15, "voices"):
// "double the shard count", "halve the provisioned throughput". Each sets a number to a new
// value, as "bump" does (data/verbs-everyday.ts); merged into VERB_SYNONYMS through
// EVERYDAY_AND_LATER, and each example is checked by test/integration/search/voices-r15.test.ts.

import type { EverydayVerb } from './verbs-everyday.js';

/** Setting a number (count, size, capacity) to a multiple of what it is. */
const RESIZE = { update: 1, set: 1, modify: 1, increase: 0.8, decrease: 0.8 };

export const R15_VOICE_VERBS: Readonly<Record<string, EverydayVerb>> = {
  double: {
    weights: RESIZE,
    why: 'doubling a count or a size sets it to twice its value: an update of that setting',
    example: [
      'double the provisioned concurrency of the checkout function',
      'lambda:PutProvisionedConcurrencyConfig',
    ],
  },
  halve: {
    weights: RESIZE,
    why: 'halving a count or a size sets it to half its value: an update of that setting',
    example: ['halve the number of shards in the clickstream kinesis stream', 'kinesis:UpdateShardCount'],
  },
  triple: {
    weights: RESIZE,
    why: 'tripling a count or a size sets it to three times its value: an update of that setting',
    example: ['triple the desired count of the ecs service', 'ecs:UpdateService'],
  },
};
