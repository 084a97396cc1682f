// Data: more ways to ask the value one thing has (round 22, questions about state), read by
// src/search/attribute-of.ts with data/attribute-of-r19-questions.ts: the attribute in other
// words ("which k8s release is our eks cluster running": AWS says version), the thing it is of
// between them ("what version of postgres is the reporting db on"), and operations named for
// the values on offer by a word other than the plural (DescribeOrderableDBInstanceOptions,
// DescribeReservedDBInstancesOfferings): they answer "what could I pick", not "what is mine".
// Tested in test/integration/search/attribute-of-r22-qs.test.ts.

import type { Reasoned } from './reasoned.js';

export const ATTRIBUTE_OF_R22: Reasoned & {
  /** Attribute words people say, and the attribute AWS names for them. */
  readonly saidAs: Readonly<Record<string, string>>;
  /** Words that may sit between the attribute and its copula ("version of postgres"). */
  readonly of: ReadonlySet<string>;
  /** At most this many words after "of" before the copula ("of the postgres engine"). */
  readonly ofWords: number;
  /** Name words of the operations listing the values on offer, lower-case. */
  readonly offered: readonly string[];
} = {
  why:
    'a release of an engine or of kubernetes is its version; "what version of postgres is X on" ' +
    'asks the same as "what postgres version is X on"; the orderable options and offerings list ' +
    'what one could pick, not what the thing runs',
  example: ['which k8s release is our production eks cluster running', 'eks:DescribeCluster'],
  saidAs: { release: 'version', releases: 'version' },
  of: new Set(['of']),
  ofWords: 3,
  offered: ['orderable', 'offerings', 'supported', 'available'],
};
