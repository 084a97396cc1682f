// Data: when a word the verb table knows is a noun in the query. "EXECUTION history of
// order-flow" reads an execution's history, it does not execute; "BUILD logs of project api",
// "DEPLOYMENT status" name a build's logs and a deployment's status. Read as verbs they put a
// change first in a request that only looks; with no other verb such a request reads
// (verb-finder.ts, query-words.ts). Each entry says why and gives a query that must
// find its operation in the top 5 (test/integration/search/head-frames-r12.test.ts).

import type { Reasoned } from './reasoned.js';

/**
 * Nouns that, right after a verb word, make it a noun modifying them: "build logs", "backup
 * status", "run history" are a thing's record, not a request to build, back up or run.
 */
export const RECORD_NOUNS: Readonly<Record<string, Reasoned>> = {
  status: {
    why: '"<verb> status" is the status of a run of it ("deployment status": the stem is deploy)',
    example: ['deployment status of codedeploy deployment d-ABCDEF123', 'codedeploy:GetDeployment'],
  },
  history: {
    why: '"<verb> history" is the record of its runs ("execution history": the stem is execute)',
    example: ['execution history of state machine order-flow', 'stepfunctions:GetExecutionHistory'],
  },
  logs: {
    why: '"<verb> logs" are the logs of a run',
    example: ['build logs of codebuild project api-server', 'codebuild:ListBuildsForProject'],
  },
  errors: {
    why: '"<verb> errors" are the errors of a run',
    example: ['import errors of the dynamodb import from s3', 'dynamodb:DescribeImport'],
  },
  details: {
    why: '"<verb> details" are the details of a run',
    example: ['restore details of my rds cluster', 'rds:DescribeDBClusters'],
  },
};
