// Data: which side of an operation named "<things> For/By <other>" a which-question asks for
// (src/search/asked-side.ts). "which web acl protects my load balancer" asks for web ACLs, so
// GetWebACLForResource answers; ListResourcesForWebACL returns the other side, the resources.
// Both names hold the same words, so nothing else tells them apart. Each entry says why and
// gives a query that a test checks.

import type { Reasoned } from './reasoned.js';

export const ASKED_SIDE: Reasoned & {
  readonly openers: ReadonlySet<string>;
  readonly skipped: ReadonlySet<string>;
  readonly joins: ReadonlySet<string>;
  readonly askedWords: number;
  readonly orderWords: ReadonlySet<string>;
  readonly anyGiven: ReadonlySet<string>;
} = {
  why:
    'a question opening "which <things>" or "what <things>" asks for those things: of two ' +
    'operations relating them to another kind, the one that returns them (named for them before ' +
    'For/By) answers, not the one that returns the other kind for one of them',
  example: ['which targets does the nightly-sync eventbridge rule trigger', 'events:ListTargetsByRule'],
  /** Words that open a question asking for things of a kind. */
  openers: new Set(['which', 'what']),
  /** Words between the opener and the things asked for ("what are the", "which of the"). */
  skipped: new Set(['is', 'are', 'the', 'of', 'my', 'our', 'a', 'an', 'all', 'kind', 'kinds']),
  /** Name words that join the things returned to the thing given (ListTargetsByRule). */
  joins: new Set(['for', 'by']),
  /**
   * Words after By that give an order or a filter, not another kind (ListHostedZonesByName,
   * ListJobsByStatus): the name relates nothing, and the things before it are just listed.
   */
  orderWords: new Set(['name', 'id', 'arn', 'tag', 'date', 'time', 'status', 'state', 'type', 'prefix']),
  /**
   * Round 21: the kind after For/By must be in the query ("which log groups keep data forever"
   * is not ListLogGroupsForQuery), except these general kinds, which any thing named meets
   * ("which web acl protects my load balancer" is GetWebACLForResource, "which accounts are in
   * the sandbox ou" ListAccountsForParent, "which groups is alice in" AdminListGroupsForUser).
   */
  anyGiven: new Set(['resource', 'resources', 'principal', 'entity', 'parent', 'user', 'target', 'identity']),
  /** At most this many words name the things asked for ("web acl", "permission sets"). */
  askedWords: 3,
};
