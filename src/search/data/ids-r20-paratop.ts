// Data: names people paste that are AWS managed IAM policies (issue 16, round 20):
// "grant ci-bot AmazonS3ReadOnlyAccess", "attach AdministratorAccess to role deployer". The
// name's own words (S3, read only, access) say what the policy allows, not the task: the task
// attaches a policy to an identity, in IAM. A kind word near the name picks the identity.
// Each entry says why and gives an example query that must find its operation in the top five.

import type { IdPattern } from './resource-ids.js';

/** The job-function managed policies, which carry no Amazon/AWS prefix. */
const JOB_FUNCTIONS =
  'AdministratorAccess|PowerUserAccess|ReadOnlyAccess|ViewOnlyAccess|SecurityAudit|Billing|SupportUser|' +
  'DatabaseAdministrator|NetworkAdministrator|SystemAdministrator|DataScientist';

/** EKS access policies (AmazonEKSClusterAdminPolicy, AmazonEKSViewPolicy) are EKS's, not IAM's. */
const EKS_ACCESS_POLICIES = 'AmazonEKS(?:Cluster)?(?:Admin|Edit|View)';

export const MANAGED_POLICY_PATTERNS: readonly IdPattern[] = [
  {
    pattern: new RegExp(
      `^(?!${EKS_ACCESS_POLICIES})(?:(?:Amazon|AWS)[A-Z0-9][A-Za-z0-9]*(?:Access|Policy|Role|Core|ReadOnly)|${JOB_FUNCTIONS})$`,
    ),
    service: 'iam',
    terms: 'attach managed policy',
    byWord: [
      // Identity Center gives a managed policy to a group or user on an account through a permission
      // set: an account assignment; the words that say so may be anywhere in the query
      {
        service: 'sso-admin',
        terms: 'account assignment',
        words: ['permission', 'sso', 'identity', 'center'],
        window: 12,
      },
      { service: 'iam', terms: 'attach role policy', words: ['role', 'roles'] },
      { service: 'iam', terms: 'attach user policy', words: ['user', 'users'] },
      { service: 'iam', terms: 'attach group policy', words: ['group', 'groups'] },
    ],
    why: 'an AWS managed policy name (AmazonS3ReadOnlyAccess, AdministratorAccess) is an IAM policy attached to a role, user or group; its words say what it allows, not the task',
    example: ['give role lambda-exec AWSLambdaBasicExecutionRole', 'iam:AttachRolePolicy'],
  },
];
