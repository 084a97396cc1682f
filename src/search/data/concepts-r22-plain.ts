// Data: concepts (see concepts.ts) for issue 16 round 22, wishes worded by people who do not
// know AWS's words: a machine turned "off and on again" is rebooted; "who can see / open / view"
// a thing asks for its permissions or resource policy, as "who can use" does (round 21).

import type { Concept } from './concepts.js';

export const R22_PLAIN_CONCEPTS: readonly Concept[] = [
  {
    phrases: ['off and on again', 'off and back on', 'on and off again', 'off and then on again'],
    terms: 'reboot restart',
    why: 'turning a machine, database or desktop "off and on again" is the everyday name of a reboot: one call that restarts it, not a stop and a separate start',
    example: ['the server is frozen, turn it off and on again', 'ec2:RebootInstances'],
  },
  {
    // 'who can use' and 'who has permission' are round 21's (concepts-r21-tail.ts)
    phrases: [
      'who can see',
      'who can view',
      'who can open',
      'who can look at',
      'who can get into',
      'who can download',
      'who is able to see',
      'who is able to open',
    ],
    terms: 'access permissions policy',
    why: 'who can see or open a thing is read from its permissions, resource policy or ACL, not from a list of what it holds',
    example: ['who can see the files in bucket team-reports?', 's3:GetBucketPolicy'],
  },

  {
    phrases: ['stop keeping', 'no longer keep', 'quit keeping', 'stop storing', 'stop hoarding'],
    terms: 'put retention expire',
    why: 'to stop keeping what a thing holds (forever, or as long as now) is to set how long it is kept: a retention or expiry setting put, not the thing or its setting deleted',
    example: ['stop keeping the api logs forever, two weeks is plenty', 'logs:PutRetentionPolicy'],
  },
];
