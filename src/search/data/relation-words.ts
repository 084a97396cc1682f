// Data: words inside operation names that tie the thing listed to the container it sits in
// (ListAccountsForParent, ListUsersInGroup, ListMembersOfAddressList). When a query names a thing
// and then where it is ("which accounts are in the Workloads OU"), an operation whose name holds
// the thing and one of these words reads the things of that container (siblings.ts), where one
// named for the container alone (DescribeOrganizationalUnit) describes the container. Each entry
// says why and gives a query whose top five must hold the operation shown (tested). The words
// after the tie must be the container typed ("users in a user pool" is not ListUsersInGroup), or
// one of ANY_CONTAINER, AWS's word for whatever holds the thing.

import type { Reasoned } from './reasoned.js';

/** Tie words: the name words after one must name the container the query typed. */
export const RELATION_WORDS: Readonly<Record<string, Reasoned>> = {
  for: {
    why: 'List<X>For<Y> lists the X that belong to one Y (an OU, a project, an account)',
    example: ['which builds ran in the project api-service', 'codebuild:ListBuildsForProject'],
  },
  in: {
    why: 'List<X>In<Y> lists the X inside one Y (a group, a fleet, a domain)',
    example: ['what users are in the cognito group admins', 'cognito-idp:ListUsersInGroup'],
  },
  by: {
    why: 'List<X>By<Y> lists the X of one Y (the targets of a rule, the recovery points in a vault); round 15',
    example: ['show the targets of the eventbridge rule orders-fanout', 'events:ListTargetsByRule'],
  },
  of: {
    why: 'List<X>Of<Y> lists the X that make up one Y (the members of an address list)',
    example: ['which members are in the address list vip-senders', 'mailmanager:ListMembersOfAddressList'],
  },
};

/** Name words that stand for any container of the thing: they match whatever the query typed. */
export const ANY_CONTAINER: Readonly<Record<string, Reasoned>> = {
  parent: {
    why: 'Organizations calls the root or OU an account or OU sits in its parent, whatever its name',
    example: [
      'which accounts sit in the Sandbox OU ou-zz99-sandbox01',
      'organizations:ListAccountsForParent',
    ],
  },
};

/**
 * Verbs of the reads named List<X>By<Y>/For<Y> (round 16): in their names the tie word is what
 * the query's preposition before a typed container said ("the subscriptions of topic X" is
 * ListSubscriptionsByTopic, fully), so name coverage counts it. A search or a change named with
 * one (SearchFacesByImage) takes its words from elsewhere and keeps the word uncounted.
 */
export const TIED_READ_VERBS: readonly string[] = ['list', 'describe', 'get'];
