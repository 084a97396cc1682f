// Data: words that open a description of a pasted identifier acted on right after the verb
// ("grow vol-0abc ON THE db box by 100 GiB", "stop i-0abc, THE redis host"): what follows says
// where the thing is or what runs on it, not what is acted on (src/search/id-object.ts). A
// destination or a source ("attach vol-0abc TO i-0def", "add i-0abc TO target group web") names
// another thing the task needs, so those words are not here. Each entry says why and gives a
// request that must rank its operation first (test/integration/search/id-object-r21-ops.test.ts).

import type { Reasoned } from './reasoned.js';

export const ID_DESCRIBERS: Readonly<Record<string, Reasoned>> = {
  // not "on" alone: "register i-0abc on port 8080" gives the task a setting
  'on the': {
    why: 'an identifier "on the db box" is a thing on that host: the host describes it',
    example: ['grow vol-0a1b2c3d4e5f67890 on the db box by another 100 GiB', 'ec2:ModifyVolume'],
  },
  'on our': {
    why: 'an identifier "on our database server" is a thing on that host, as "on the" says',
    example: ['snapshot vol-0a1b2c3d4e5f67890 on our database server', 'ec2:CreateSnapshot'],
  },
  the: {
    why: 'an identifier followed by "the redis host" is given a description: the thing is the identifier',
    example: ['reboot i-0abc1234def567890, the postgres box', 'ec2:RebootInstances'],
  },
  aka: {
    why: 'an identifier "aka the search cluster" is named once more: still the same thing',
    example: ['stop i-0abc1234def567890 aka the elasticsearch node', 'ec2:StopInstances'],
  },
};

/** How much a service the description's words lend counts, against the identifier's own. */
export const DESCRIBED_SERVICE_SHARE = 0.5;
