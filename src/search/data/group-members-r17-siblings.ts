// Data: the members of a named group ("the values in memorydb parameter group redis7-custom",
// "parameters of db parameter group pg15-custom"). The group's own read
// (DescribeDBParameterGroups) names every word typed, "group" too, so it beats the read of what
// is inside (DescribeDBParameters), which is what was asked. Read by src/search/group-members.ts.

import type { Reasoned } from './reasoned.js';

/**
 * Group kinds ("<kind> group") and the words that ask for their members, typed outside the
 * group's name: then "group" only says where the members are.
 */
export const GROUP_MEMBERS: Readonly<Record<string, Reasoned & { readonly members: readonly string[] }>> = {
  parameter: {
    members: ['parameter', 'parameters', 'value', 'values', 'setting', 'settings'],
    why: "the settings of a parameter group are its parameters: their read, not the group's",
    example: [
      'list the settings inside cache parameter group redis6-tuned',
      'elasticache:DescribeCacheParameters',
    ],
  },
};
