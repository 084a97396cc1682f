// Data: round 22's question after the symptom in one line (want-clause.ts). People debugging
// write what they see and then ask about it after a comma or a dash: "the dms task keeps lagging -
// is it still running", "the pool behind the batch queue, is it valid and enabled". Read whole,
// the symptom's verbs ("running", "enabled", "rolled back") make the query a change; the question
// after the break, about "it"/"they" or why, is the request and the symptom its context (which
// lends the thing "it" is). "which" stays out: after a comma it mostly opens a relative clause
// ("delete the snapshots, which cost too much"); so does "what": its question names its own thing,
// and cut from the symptom it lost two dev queries the whole line found ("redis evictions spiking
// on x, what node type is that replication group using?"). Each entry's example is checked first
// (test/integration/search/want-clause-r19-agent.test.ts).

import type { Reasoned } from './reasoned.js';

export const QUESTION_WANT_OPENERS: Readonly<Record<string, Reasoned>> = {
  'is it': {
    why: 'a yes/no question about "it" after a description asks for the state of the thing described',
    example: [
      'the batch compute environment behind queue etl, is it valid and enabled',
      'batch:DescribeComputeEnvironments',
    ],
  },
  'are they': {
    why: 'said like "is it" of several things: their state is read',
    example: [
      'targets in target group web keep dropping out, are they healthy right now',
      'elbv2:DescribeTargetHealth',
    ],
  },
  'did it': {
    why: 'a question whether something happened, after the symptom: the record of the thing is read',
    example: [
      'the codepipeline release web ran this morning, did it succeed',
      'codepipeline:GetPipelineExecution',
    ],
  },
  'does it': {
    why: 'a question about what the thing does now, after the symptom: its settings are read',
    example: [
      'the lambda function api-handler cannot reach rds - does it run inside the vpc',
      'lambda:GetFunctionConfiguration',
    ],
  },
  why: {
    why: 'a "why" after the symptom asks for its cause: the record of the thing, not the symptom\'s verb',
    example: [
      'our cloudformation stack web rolled back again, why did that happen',
      'cloudformation:DescribeStackEvents',
    ],
  },
};
