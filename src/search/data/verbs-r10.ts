// Data: plain verbs of starting and stopping (issue 16, round 10), said the way people say
// "start": begin a transaction is BeginTransaction as begin an execution is StartExecution; a
// machine is powered on or fired up as it is started. Merged into VERB_SYNONYMS (data/verbs.ts)
// like data/verbs-r9.ts; each entry's example must find its operation in the top five (tested in
// test/integration/search/leftovers-r10.test.ts).

import type { EverydayVerb } from './verbs-everyday.js';

/** Starting what exists, in any of the words AWS names it with. */
const START = { start: 1, begin: 1, run: 0.9, execute: 0.8, invoke: 0.6, create: 0.3 };

export const R10_VERBS: Readonly<Record<string, EverydayVerb>> = {
  begin: {
    weights: START,
    why: 'begin is start: AWS names a few starts Begin* (rds-data BeginTransaction), the rest Start*',
    example: ['begin a transaction on the aurora cluster through the data api', 'rds-data:BeginTransaction'],
  },
  'fire up': {
    weights: { ...START, launch: 0.9 },
    why: 'firing up a machine or a cluster starts it, or launches it when it is new',
    example: ['fire up the stopped ec2 instance', 'ec2:StartInstances'],
  },
  'power on': {
    weights: { start: 1, run: 0.6, reboot: 0.3 },
    why: 'powering on a stopped machine or desktop starts it',
    example: ['power on the workspace for the new hire', 'workspaces:StartWorkspaces'],
  },
  'power off': {
    weights: { stop: 1, shutdown: 1, terminate: 0.3 },
    why: 'powering off a machine or desktop stops it (it is kept, not terminated)',
    example: ['power off the ec2 instance over the weekend', 'ec2:StopInstances'],
  },
  'spin down': {
    weights: { stop: 1, shutdown: 1, pause: 0.6, delete: 0.3 },
    why: 'spinning a server or an endpoint down stops it for a while, the opposite of spinning it up',
    example: ['spin down the sftp server over the weekend', 'transfer:StopServer'],
  },
  'start up': {
    weights: { start: 1, run: 0.8, launch: 0.8, create: 0.3 },
    why: 'starting up a stopped resource is starting it',
    example: ['start up the rds instance again tomorrow morning', 'rds:StartDBInstance'],
  },
};
