// Data: how people ask for operations (see ../asked.ts), round 22 (people debugging): the reads
// and tests they reach for when something does not work, which had no asked words: trying a login
// against a Transfer Family server's identity provider, the per-target results of a CodeDeploy
// deployment, a DataSync agent's status, an App Runner service's operations, the crawls of a Glue
// crawler and a dry run of an AppSync resolver template. Written from each operation's documentation.

import type { AskedEntry } from './types.js';

export const ASKED_DIAG_R22: readonly AskedEntry[] = [
  {
    op: 'transfer:TestIdentityProvider',
    asked:
      'try a login, test credentials, why a user cannot log in, authentication failing, user rejected at sign in, check the password or key a user signs in with, debug custom identity provider',
    example: 'test whether sftp user alice can sign in with her password',
  },
  {
    op: 'codedeploy:BatchGetDeploymentTargets',
    asked:
      'result on each instance, which instances failed, lifecycle events per target, status of every target in a deployment, where the rollout failed',
    example: 'which instances failed in the codedeploy deployment and at which lifecycle event',
  },
  {
    op: 'datasync:DescribeAgent',
    asked:
      'agent offline, agent online, is the agent reachable, agent status, agent version and endpoint, agent stopped talking to aws',
    example: 'is our datasync agent online or offline',
  },
  {
    op: 'apprunner:ListOperations',
    asked:
      'history of deployments, what happened to the latest deploy, failed deploy, recent operations, rollout status, past updates of the service',
    example: 'what happened to the last deploy of my app runner service',
  },
  {
    op: 'glue:ListCrawls',
    asked:
      'past runs of a crawler, last crawl, crawl history, when the crawler last ran and how it ended, summary of each crawl',
    example: 'when did the glue crawler last run and how did it end',
  },
  {
    op: 'appsync:EvaluateMappingTemplate',
    asked:
      'dry run a resolver template, test a vtl template, see what a resolver renders, try a request mapping with sample context, debug a resolver without calling the data source',
    example: 'test my appsync vtl resolver template against a sample context',
  },
];
