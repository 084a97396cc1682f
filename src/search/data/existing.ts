// Data: the verbs of operations that make a new resource. An identifier AWS assigned (`i-...`,
// a distribution id, an ARN) names a resource that was made already, so an operation with one
// of these verbs, named for that kind of resource, answers another task (src/search/existing.ts):
// "invalidate /x on distribution E2QWRUHAPOMQZL" is not CreateDistribution.
// Each entry says why and gives a query whose first result must be the operation shown.

import type { Reasoned } from './reasoned.js';

export const MAKING_VERBS: Readonly<Record<string, Reasoned>> = {
  create: {
    why: 'Create<Thing> makes a new thing; an id of that kind in the query says the thing exists',
    example: ['invalidate /images/* on distribution E2QWRUHAPOMQZL', 'cloudfront:CreateInvalidation'],
  },
  allocate: {
    why: 'Allocate<Thing> reserves a new thing (an Elastic IP); its allocation id says it is reserved',
    example: ['associate eipalloc-0123456789abcdef0 with i-0123456789abcdef0', 'ec2:AssociateAddress'],
  },
};

/**
 * Name words an operation that makes a thing may add to the thing's kind and still be the same
 * making (CreateDistributionWithTags makes a distribution).
 */
export const MAKING_NAME_EXTRAS: readonly string[] = ['tags'];

/**
 * Words that introduce where a task happens or what it uses, and the words after them that say
 * the thing is one already there: "a site in our global network", "publish to the company
 * repository", "a backup of the table". The thing after them exists, so making one of its kind
 * is another task. Not `on` (a particle in "turn on the detector") nor `a`/`new` (a thing to make).
 */
export const EXISTING_PLACE = {
  words: new Set(['to', 'into', 'in', 'inside', 'within', 'from', 'for', 'of']),
  owners: new Set(['the', 'my', 'our', 'this', 'that', 'its', 'your', 'their', 'existing', 'current']),
  /**
   * Content words read after the owner word: a kind is at most this long, with room for a service
   * and an engine before it ("to my elasticache redis replication group", round 14).
   */
  reach: 4,
  why: 'a thing the task happens in or uses, named as one already there, is not the thing to make',
  example: ['add a new site with its devices to our global network', 'networkmanager:CreateSite'],
} as const;
