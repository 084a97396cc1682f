// Data: one thing named by its kind and its name (src/search/named-one.ts). "node group ng-spot",
// "task definition web:12", "stage prod-v2": a kind typed right before a name of the user's is
// ONE thing, whatever else the query asks about it ("what subnets does node group workers-a
// span"). Its read of one (DescribeNodegroup) answers, not the list of its kind (ListNodegroups).
// Each entry says why and gives a query that a test checks.

import type { Reasoned } from './reasoned.js';

export const NAMED_ONE: Reasoned & {
  readonly name: RegExp;
  readonly assigned: RegExp;
  readonly gathering: ReadonlySet<string>;
  readonly kindWords: number;
} = {
  /** A name the user gave: word parts joined by - _ or : ("ng-spot", "web:12", "orders_v2"). */
  name: /^[a-z0-9]+(?:[-_:.][a-z0-9]+)+$/i,
  /** A part AWS assigned, not a name the user gave (`tgw-rtb-0a1b2c3d4e5f67890`): ids read elsewhere. */
  assigned: /\d{5,}|[0-9a-f]{8,}/,
  /**
   * Last words of a kind that gathers things of its first word ("parameter group", "stack set",
   * "route table"): an operation named for the first word alone reads or changes the members
   * (DescribeDBParameters, ListStackInstances), which the kind's name asks about; not another kind.
   */
  gathering: new Set([
    'group',
    'groups',
    'set',
    'pool',
    'fleet',
    'table',
    'list',
    'collection',
    'catalog',
    'store',
    'registry',
    'repository',
    'repo',
    'library',
    'queue',
    'stream',
    'tag',
    'bundle',
    'package',
    'pack',
    'batch',
    'family',
  ]),
  /** Most words the kind before the name spans ("node group" -> the name word Nodegroup). */
  kindWords: 2,
  why: 'a kind typed right before a name of the user names one thing: its read of one answers, not the list of that kind',
  example: ['which subnets does node group workers-a span', 'eks:DescribeNodegroup'],
};
