// Data: a question asking the value of one attribute of a thing the user has ("what engine
// version is my redis cluster running", "which instance type is the bastion host", "what
// runtime does the resize function use") (src/search/attribute-of.ts). The thing's own read
// holds the value; an operation named for the attribute in the plural
// (DescribeCacheEngineVersions, DescribeInstanceTypes) lists the values AWS offers, another
// question. Each entry says why and gives a query that a test checks.

import type { Reasoned } from './reasoned.js';

export const ATTRIBUTE_OF: Reasoned & {
  readonly openers: ReadonlySet<string>;
  readonly attributes: ReadonlySet<string>;
  readonly copulas: ReadonlySet<string>;
  readonly owners: ReadonlySet<string>;
  readonly attributeAt: number;
} = {
  why:
    '"what <attribute> is/does my <thing> ..." asks the value one thing has: its own read answers, ' +
    'and the list of the values on offer (named for the attribute in the plural) does not',
  example: [
    'what redis engine version is my elasticache cluster running',
    'elasticache:DescribeReplicationGroups',
  ],
  /** Words that open a question asking for a value. */
  openers: new Set(['what', 'which']),
  /**
   * Attribute nouns whose values AWS also lists on offer under an operation named for them:
   * EngineVersions, InstanceTypes, NodeTypes, Runtimes, InstanceClasses, Platforms.
   */
  attributes: new Set(['version', 'type', 'class', 'runtime', 'platform', 'size', 'family', 'tier']),
  /** The verb between the attribute and the thing ("is", "does", "are"). */
  copulas: new Set(['is', 'are', 'does', 'do', 'was']),
  /** Words that make the thing one the user has ("my cluster", "the orders db"). */
  owners: new Set(['my', 'our', 'the', 'this', 'that', 'its', 'your']),
  /** The attribute noun is at most this many words after the opener ("what redis engine version"). */
  attributeAt: 4,
};
