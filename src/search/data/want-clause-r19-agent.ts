// Data: how an agent states its want after the situation inside one sentence (want-clause.ts).
// Mid-task an agent writes the symptom first and then what it needs, joined by a semicolon, a
// dash or ", so": "stack x is stuck in UPDATE_ROLLBACK_FAILED; need its events", "the lambda
// times out calling the database, so I want to know which subnets it runs in". The symptom's
// verbs and states (stuck, UPDATE, times out, turned on, stopped) are not the task; the clause
// that opens with the want is. Each entry says why and has an example that
// test/integration/search/want-clause-r19-agent.test.ts checks.

import type { Reasoned } from './reasoned.js';
import { QUESTION_WANT_OPENERS } from './want-clause-r22-diag.js';

/**
 * Openings of a clause that says what the writer needs: after a clause break they start the
 * request, and the clause before is its situation. Word runs, lowercase.
 */
export const WANT_OPENERS: Readonly<Record<string, Reasoned>> = {
  need: {
    why: 'an agent drops the subject: "<symptom>; need X" asks for X, the symptom is context',
    example: [
      'stack web-prod is stuck in UPDATE_ROLLBACK_FAILED; need its events to see which resource broke',
      'cloudformation:DescribeStackEvents',
    ],
  },
  'i need': {
    why: '"<symptom>, so I need X": the consequence the writer draws is the request',
    example: [
      'our cache keeps evicting keys after the spike, so I need to see which node type the redis replication group runs',
      'elasticache:DescribeReplicationGroups',
    ],
  },
  'we need': {
    why: 'the same want said for the team',
    example: [
      'a few addresses keep flooding the signup form - we need to add them to the WAF ip set that blocks them',
      'wafv2:UpdateIPSet',
    ],
  },
  'i want': {
    why: '"<symptom>, so I want to know X": the want is the request, the symptom only explains it',
    example: [
      'the function times out calling the database, so I want to know which subnets the lambda is configured with',
      'lambda:GetFunctionConfiguration',
    ],
  },
  'want to': {
    why: 'a want without its subject, after the symptom',
    example: [
      'the EFS share filled up and writes got slow; want to see the size and throughput mode of the file system',
      'efs:DescribeFileSystems',
    ],
  },
  'i have to': {
    why: 'an obligation after the situation names the task as surely as a want',
    example: [
      'the role ci-runner gets denied on ecr pushes; I have to see the managed policies attached to it',
      'iam:ListAttachedRolePolicies',
    ],
  },
  'have to': {
    why: 'an obligation without its subject, after the situation',
    example: [
      'the auditors are asking about the table orders before the migration; have to check point-in-time recovery status',
      'dynamodb:DescribeContinuousBackups',
    ],
  },
  'trying to': {
    why: 'an agent says what it is attempting after the symptom that made it try',
    example: [
      'the eventbridge rule nightly-etl stopped firing; trying to list its targets',
      'events:ListTargetsByRule',
    ],
  },
  ...QUESTION_WANT_OPENERS,
};

/** Words that join the want to the clause before ("..., so I need"): the break, not the request. */
export const WANT_JOINERS: readonly string[] = ['so', 'and', 'but', 'now'];

/**
 * Share of their weight the situation's words keep when it is the clause before the want, in the
 * same sentence: closer to the request than a sentence of its own ("the spark step on our emr
 * cluster failed; need its logs": the logs of that step, in EMR).
 */
export const JOINED_TERM_SHARE = 0.5;

/** Share of its boost a service named only in the situation clause keeps when the want names another. */
export const JOINED_SERVICE_SHARE = 1;

/**
 * Fewest words a query needs before a want cut from its situation is read apart: fewer than a
 * line of sentences needs (request-sentence-r15.ts), since the want marks the request outright
 * ("stack x failed to update; need its events" is eight words).
 */
export const WANT_QUERY_WORDS = 6;
