// Data: how people ask for operations (see ../asked.ts), round 13 of application integration and
// developer tools: who approved a pull request, which deployment groups roll back on their own, a
// leaked graphql key, and what an image pipeline has built.

import type { AskedEntry } from './types.js';

export const ASKED_APPDEV_R13: readonly AskedEntry[] = [
  {
    op: 'codecommit:GetPullRequestApprovalStates',
    asked:
      'who approved a pull request, approvals on a pr, is the pull request approved, which reviewers signed off, approval status of a merge request',
    example: 'has anyone signed off on pr 12 in the billing repo',
  },
  {
    op: 'codedeploy:BatchGetDeploymentGroups',
    asked:
      'settings of several deployment groups, which deployment groups roll back automatically, auto rollback and alarms of deployment groups, compare deployment groups',
    example: 'show the auto rollback settings of deployment groups web-prod and api-prod',
  },
  {
    op: 'appsync:DeleteApiKey',
    asked:
      'revoke a leaked graphql api key, invalidate an api key someone exposed, kill the key of a graphql api, remove an api key',
    example: 'our appsync key got committed to github, get rid of it',
  },
  {
    op: 'imagebuilder:ListImagePipelineImages',
    asked:
      'images an image pipeline has built, build status of an image pipeline, latest ami from the pipeline, which builds did the pipeline produce',
    example: 'did the golden-ami pipeline produce a new image this week',
  },
];
