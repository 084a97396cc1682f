// Data: a membership question whose member is only a name ("which groups is alice in") names a
// person: the kind of member people ask about by a bare name is a user, whose groups are listed
// for the user (ListGroupsForUser). Read by member-name.ts.

import type { Reasoned } from './reasoned.js';

export const BARE_NAME_MEMBER: Reasoned & { readonly kind: string } = {
  kind: 'user',
  why: 'people are named by a bare name; a group, an OU or a pool holds a user so named',
  example: ['which groups is priya in', 'iam:ListGroupsForUser'],
};
